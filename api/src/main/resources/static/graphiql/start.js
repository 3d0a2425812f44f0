// Starts GraphiQL on /graphql; a file of its own so that the Content-Security-Policy needs no inline script.
const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(React.createElement(GraphiQL, {
  fetcher,
  defaultEditorToolsVisibility: true,
  defaultQuery: '# Hoeveel staat er in de sociale kaart?\n{\n  stats {\n    organisations\n    offerings\n    networks\n    areas\n    schemaVersions\n  }\n}\n'
}));
