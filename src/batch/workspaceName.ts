// How a workspace file is named, apart from its format (workspaceFile.ts) so the page can tell one among
// dropped files without loading the code that reads it.

/** The end of a workspace file's name, which recognises it among dropped files. */
export const WORKSPACE_SUFFIX = '.duizhang.json';

export function isWorkspaceName(name: string): boolean {
  return name.toLowerCase().endsWith(WORKSPACE_SUFFIX);
}
