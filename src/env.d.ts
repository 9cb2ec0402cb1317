// What middleware hands the routes: the site a request renders (src/site/middleware.ts in a static
// build, src/preview/middleware.ts in the preview server). Only routes read it; views get props.
declare namespace App {
  interface Locals {
    site: import('./site/site-data.ts').Site;
  }
}
