// The snippets file is bundled as JSON (esbuild's json loader), so commands can offer its briefs.
declare module '*.code-snippets' {
  const snippets: Record<string, { prefix: string; body: string[]; description: string }>;
  export default snippets;
}
