/**
 * Every user-facing string in renderer/ comes from the i18n files. Reports JSX text with letters,
 * string literals holding CJK characters, and Latin words in user-facing JSX attributes.
 */
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const WORD = /\p{L}{2,}/u;
const UI_ATTRIBUTES = new Set([
  'title', 'placeholder', 'label', 'alt', 'aria-label', 'okText', 'cancelText', 'tooltip', 'message',
  'description', 'content', 'extra', 'addonBefore', 'addonAfter', 'emptyText', 'help', 'subTitle',
]);

export default {
  meta: {
    type: 'problem',
    docs: { description: 'disallow untranslated UI strings in the renderer' },
    messages: {
      jsxText: 'Untranslated UI text "{{text}}": put it in renderer/src/i18n and use t().',
      cjk: 'Chinese text "{{text}}" outside the i18n files: use t().',
      attribute: 'Untranslated "{{name}}" attribute "{{text}}": use t().',
    },
    schema: [],
  },
  create(context) {
    const short = (s) => (s.length > 30 ? `${s.slice(0, 30)}…` : s);
    return {
      JSXText(node) {
        const text = node.value.trim();
        if (text && WORD.test(text)) context.report({ node, messageId: 'jsxText', data: { text: short(text) } });
      },
      Literal(node) {
        if (typeof node.value !== 'string') return;
        if (CJK.test(node.value)) {
          context.report({ node, messageId: 'cjk', data: { text: short(node.value) } });
          return;
        }
        const parent = node.parent;
        if (parent?.type === 'JSXAttribute' && UI_ATTRIBUTES.has(parent.name.name) && WORD.test(node.value)) {
          context.report({ node, messageId: 'attribute', data: { name: parent.name.name, text: short(node.value) } });
        }
      },
      TemplateElement(node) {
        if (CJK.test(node.value.cooked ?? '')) context.report({ node, messageId: 'cjk', data: { text: short(node.value.cooked) } });
      },
    };
  },
};
