import path from 'node:path';
import express, { type Router } from 'express';

/**
 * GraphiQL served from node_modules (no CDN: these machines have no internet).
 * `GET /graphql` with `Accept: text/html` answers this page; the assets live under /graphiql/.
 */
export function graphiqlAssets(): Router {
  const router = express.Router();
  const file = (pkg: string, rel: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), rel);
  const assets: Record<string, string> = {
    'react.js': file('react', 'umd/react.production.min.js'),
    'react-dom.js': file('react-dom', 'umd/react-dom.production.min.js'),
    'graphiql.js': file('graphiql', 'graphiql.min.js'),
    'graphiql.css': file('graphiql', 'graphiql.min.css'),
  };
  for (const [name, location] of Object.entries(assets)) {
    router.get(`/graphiql/${name}`, (_req, res) => res.sendFile(location, { maxAge: '1d' }));
  }
  return router;
}

export const graphiqlPage = `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8" />
  <title>LNOB Hub — GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="/graphiql/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Đang tải GraphiQL… / Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    const defaultQuery = \`# LNOB Hub — "Vì người nghèo – Không để ai bị bỏ lại phía sau"
# Provinces today, with their communes:
query Provinces {
  areas(filter: { topLevel: true }, first: 5) {
    totalCount
    edges {
      node {
        id code name kind
        children(first: 3) {
          totalCount
          edges { node { name kind urban } }
        }
      }
    }
  }
}
\`;
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true })
    );
  </script>
</body>
</html>`;
