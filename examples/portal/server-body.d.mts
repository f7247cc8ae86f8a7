import type { IncomingMessage } from "node:http";

export declare const LIMITS: Readonly<{
  MAX_BODY: number;
  MAX_FIELDS: number;
  MAX_ECHO: number;
  MAX_HEADER_BYTES: number;
  HEADERS_TIMEOUT: number;
  REQUEST_TIMEOUT: number;
  KEEP_ALIVE_TIMEOUT: number;
  DRAIN_TIMEOUT: number;
  MAX_CONNECTIONS: number;
}>;
export declare class HttpError extends Error {
  status: number;
  constructor(status: number, message: string);
}
export declare function readBody(req: IncomingMessage): Promise<Buffer>;
export declare function parseForm(
  req: IncomingMessage,
  body: Buffer,
): Promise<{ name: string; text: string; size: number; file?: string }[] | null>;
