interface ImportMetaEnv {
  readonly VITE_STORY_LOCALE?: string;
  readonly VITE_STORY_THEME?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
