// (c) an app with the form: the tags registered by `@doingoai/elements/define`.
import "@doingoai/elements/define";

document.body.innerHTML = '<doingoai-document-form kind="report" lang="en"></doingoai-document-form>';
window.__ready = true;
