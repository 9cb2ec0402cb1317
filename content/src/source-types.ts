// What every content source offers the pipeline.
import type { Perspective } from './perspective.ts';

/**
 * What a dataset file's `image@file://./images/…` path leads to: a file with its size as read from
 * the file itself, or a reason it cannot be published (`unusable`: says why, after the file name).
 */
export type LocalImage =
  | { kind: 'found'; file: string; width?: number; height?: number }
  | { kind: 'outside' }
  | { kind: 'missing'; file: string }
  | { kind: 'unusable'; file: string; reason: string };

/** Where image files or URLs come from. */
export interface ImageContext {
  /** A dataset file's own images (the file source; files are looked up once each). */
  localImage?: (name: string) => LocalImage;
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
  /** The line of the file a document (by the id the queries answer) is on, when the source is a file. */
  lineOf?: (id: string) => number | undefined;
  /** Runs one named GROQ query and returns its result. */
  query(name: string, query: string, params?: Record<string, unknown>): Promise<unknown>;
  /**
   * Calls `changed` with each document change the source reports once queries see it (the Content
   * Lake's listener), and `lost` when changes may have been missed; returns a function that stops.
   * Absent for sources that cannot tell (a dataset file).
   */
  watch?(changed: (change: SourceChange) => void, lost: () => void): () => void;
}

/** One changed document: its id (drafts.… for a draft) and its revision after the change. */
export interface SourceChange {
  id: string;
  rev: string;
}
