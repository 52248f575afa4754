import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

/** The login GitHub gives comments written with the default GITHUB_TOKEN. */
export const BOT = { login: 'github-actions[bot]', type: 'Bot' };

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
  /** The login `GET /user` answers with (a personal token); undefined answers 403, as for GITHUB_TOKEN. */
  userLogin?: string;
  /** Never answer any request (the connection stays open). */
  hang = false;
  /** The comment listing's `Link: rel="next"` points at the page itself. */
  selfLink = false;
  /** The comment listing's next page is on another origin (which must never see the token). */
  foreignNext?: string;
  /** The contents API answers this status (e.g. 503) instead of the file. */
  contentsStatus?: number;
  /** Error bodies echo the request's Authorization header, as a careless proxy might. */
  echoAuthorization = false;
  /** Who writes comments: the token's identity. */
  author = BOT;
  private nextId = 1000;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  addComments(count: number, body = 'an unrelated comment', user = { login: 'octocat', type: 'User' }): void {
    for (let i = 0; i < count; i++) this.comments.push({ id: this.nextId++, body: `${body} ${i}`, user });
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
    if (this.hang) return; // never answer
    const echo = this.echoAuthorization ? ` (you sent: ${req.headers.authorization ?? 'nothing'})` : '';
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      return send(502, { message: `Bad Gateway${echo}` });
    }
    if (url.pathname === '/user' && method === 'GET') {
      if (this.userLogin === undefined)
        return send(403, { message: 'Resource not accessible by integration' });
      return send(200, { login: this.userLogin, type: 'User' });
    }
    let match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (match && method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const perPage = Number(url.searchParams.get('per_page') ?? '30');
      const slice = this.comments.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(this.comments.length / perPage));
      const next = `http://${req.headers.host}${url.pathname}?per_page=${perPage}&page=${page + 1}`;
      let headers: Record<string, string> = page < last ? { link: `<${next}>; rel="next"` } : {};
      if (this.selfLink)
        headers = { link: `<http://${req.headers.host}${url.pathname}${url.search}>; rel="next"` };
      if (this.foreignNext) headers = { link: `<${this.foreignNext}>; rel="next"` };
      return send(200, slice, headers);
    }
    if (match && method === 'POST') {
      if (this.forbidden) return send(403, { message: `Resource not accessible by integration${echo}` });
      const comment = { id: this.nextId++, body: JSON.parse(body).body as string, user: this.author };
      this.comments.push(comment);
      return send(201, comment);
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (match && method === 'PATCH') {
      if (this.forbidden) return send(403, { message: `Resource not accessible by integration${echo}` });
      const comment = this.comments.find((c) => c.id === Number(match![1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = JSON.parse(body).body as string;
      return send(200, comment);
    }
    match = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(url.pathname);
    if (match && method === 'GET') {
      if (this.contentsStatus) return send(this.contentsStatus, { message: `Service Unavailable${echo}` });
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
