// What every content source offers the pipeline.
import type { Perspective } from '../lib/build-env.ts';

/** Where image files or URLs come from. */
export interface ImageContext {
  /** Folder that a dataset file's `image@file://./…` paths are relative to. */
  assetBase?: string;
  /** Content Lake project and dataset, for CDN URLs. */
  projectId?: string;
  dataset?: string;
}

/** A place content comes from: a dataset file or the Content Lake. */
export interface ContentSource {
  kind: 'file' | 'lake';
  /** Names the source in messages (file path, or project/dataset/host). */
  label: string;
  perspective: Perspective;
  images: ImageContext;
  /** What the source noticed while reading that an editor should know (goes into the content report). */
  warnings?: string[];
  /** Runs one named GROQ query and returns its result. */
  query(name: string, query: string, params?: Record<string, unknown>): Promise<unknown>;
}
