# The service (npm run service) as a container: `docker build --target service -t mkb010-service .`
#   docker run -p 4330:4330 -e DATABASE_URL=postgres://… -e SMTP_URL=smtps://… -e SITE_URL=https://… \
#     -e SERVICE_REPORT_TOKEN=… mkb010-service
# Without DATABASE_URL it keeps PGlite in /app/service/data: mount a volume there. See docs/service.md.
FROM node:24-slim AS service

WORKDIR /app
ENV NODE_ENV=production \
    SERVICE_HOST=0.0.0.0 \
    SERVICE_PORT=4330

# The service's runtime packages and the workspaces it imports; no site, no Studio, no test tools.
COPY package.json package-lock.json ./
COPY model/package.json model/package.json
COPY service/package.json service/package.json
COPY studio/package.json studio/package.json
RUN npm ci --no-audit --no-fund --omit=dev --workspace=service --workspace=model && npm cache clean --force

COPY model model
COPY service service
# The sample dataset is the default content source for routing (CONTENT_FILE or SANITY_* override it).
COPY studio/seed/data.ndjson studio/seed/data.ndjson
RUN mkdir -p service/data && chown node service/data

USER node
EXPOSE 4330
CMD ["node", "service/src/main.ts"]

# The live draft preview server (npm run preview:server) as a container, for any container host;
# the default target (the last stage).
# It shows drafts: run it on its own non-public address, never as the public site, and set
# PREVIEW_BASIC_AUTH. Content settings (SANITY_*, PREVIEW_*) are read when it starts, not baked in.
#   docker build -t mkb010-preview .
#   docker run -p 4322:4322 -e PREVIEW_BASIC_AUTH=redactie:… -e SANITY_PROJECT_ID=… -e SANITY_API_READ_TOKEN=… mkb010-preview
FROM node:24-slim AS preview

WORKDIR /app
ENV NODE_ENV=production \
    ASTRO_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0 \
    PORT=4322

# Dependencies first, so a change to the code reuses this layer: the site's runtime packages and
# the model workspace only (no test tools, not the Studio).
COPY package.json package-lock.json ./
COPY model/package.json model/package.json
COPY service/package.json service/package.json
COPY studio/package.json studio/package.json
RUN npm ci --no-audit --no-fund --omit=dev --workspace=model --include-workspace-root && npm cache clean --force

COPY . .
# The build reads the sample dataset once (content collections); requests read the configured source.
RUN npx astro build --config astro.config.preview.mjs

# Drop root: the server needs to read its files and nothing else.
USER node
EXPOSE 4322
CMD ["node", "scripts/preview-server.ts"]
