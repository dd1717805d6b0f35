/** A message tree: nested objects whose leaves are strings with `{{param}}` placeholders. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** One feature's messages in both UI languages; `en` must have exactly the keys of `zh-CN`. */
export interface MessageModule<T extends MessageTree = MessageTree> {
  'zh-CN': T;
  en: T;
}
