import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { type: string };
}

/**
 * A small stand-in for the GitHub REST API on 127.0.0.1: issue comments (paged, 100 a page),
 * creating and updating them, and the contents API. It records every request and can be told to
 * fail: `forbidden` answers 403 to writes, `failuresLeft` answers 502 to the next N requests.
 */
export class FakeGitHub {
  comments: FakeComment[] = [];
  files = new Map<string, string>();
  requests: { method: string; path: string }[] = [];
  forbidden = false;
  failuresLeft = 0;
  private nextId = 1000;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  addComments(count: number, body = 'an unrelated comment'): void {
    for (let i = 0; i < count; i++)
      this.comments.push({ id: this.nextId++, body: `${body} ${i}`, user: { type: 'User' } });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname });
    const body = await readBody(req);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      return send(502, { message: 'Bad Gateway' });
    }
    let match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (match && method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const perPage = Number(url.searchParams.get('per_page') ?? '30');
      const slice = this.comments.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(this.comments.length / perPage));
      const next = `http://${req.headers.host}${url.pathname}?per_page=${perPage}&page=${page + 1}`;
      const headers: Record<string, string> = page < last ? { link: `<${next}>; rel="next"` } : {};
      return send(200, slice, headers);
    }
    if (match && method === 'POST') {
      if (this.forbidden) return send(403, { message: 'Resource not accessible by integration' });
      const comment = { id: this.nextId++, body: JSON.parse(body).body as string, user: { type: 'Bot' } };
      this.comments.push(comment);
      return send(201, comment);
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (match && method === 'PATCH') {
      if (this.forbidden) return send(403, { message: 'Resource not accessible by integration' });
      const comment = this.comments.find((c) => c.id === Number(match![1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = JSON.parse(body).body as string;
      return send(200, comment);
    }
    match = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(url.pathname);
    if (match && method === 'GET') {
      const text = this.files.get(`${decodeURIComponent(match[1]!)}@${url.searchParams.get('ref')}`);
      if (text === undefined) return send(404, { message: 'Not Found' });
      return send(200, { type: 'file', encoding: 'base64', content: Buffer.from(text).toString('base64') });
    }
    send(404, { message: `no route for ${method} ${url.pathname}` });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}
