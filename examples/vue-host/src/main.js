/**
 * A Vue 3 page hosting the doingoai document form.
 *
 * - `isCustomElement`: tells Vue's template compiler that `doingoai-*` tags are custom elements,
 *   not unresolved Vue components (here the runtime compiler, so `app.config.compilerOptions`;
 *   with Vite + SFC it goes in `vue({ template: { compilerOptions: { isCustomElement } } })`).
 * - `:value.prop`: the document is an object, so it must be set as a DOM property, never as an
 *   attribute. Hand the element a plain object (`shallowRef`/`markRaw`/`toRaw`), not a deep
 *   reactive proxy: the element copies and stores it (structuredClone cannot copy a Proxy).
 * - `@doingoai-change` / `@doingoai-submit` / `@doingoai-invalid`: the element's CustomEvents,
 *   bound with v-on like any DOM event.
 */
import "@doingoai/elements/define";
import { createApp, ref, shallowRef } from "vue";
import example from "../../documents/bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu.json";

const App = {
  setup() {
    const loaded = shallowRef(structuredClone(example));
    const changes = ref(0);
    const status = ref("Chưa gửi.");
    const formEl = ref(null);
    let latest = null;

    function onChange(e) {
      latest = e.detail.value;
      changes.value++;
    }

    async function send(e) {
      // The element is form-associated: its JSON is in the form's FormData.
      const data = new FormData(e.target);
      const json = String(data.get("document") ?? "");
      status.value = `Đang gửi ${json.length.toLocaleString("vi-VN")} ký tự…`;
      try {
        const res = await fetch("/submit", {
          method: "POST",
          headers: { Accept: "application/json" },
          body: new URLSearchParams(data),
        });
        const answer = await res.json();
        status.value = answer.ok
          ? "Máy chủ: văn bản hợp lệ, đã tiếp nhận."
          : `Máy chủ: văn bản chưa hợp lệ — ${answer.error ?? answer.issues.map((i) => i.message).join("; ")}`;
      } catch (err) {
        status.value = `Không gửi được: ${err.message}`;
      }
    }

    return {
      loaded,
      changes,
      status,
      formEl,
      onChange,
      send,
      latest: () => latest,
      reload: () => {
        loaded.value = structuredClone(example);
      },
      clear: () => formEl.value?.reset(),
      onSubmitted: () => {
        status.value = "Biểu mẫu: văn bản hợp lệ (doingoai-submit).";
      },
      onInvalid: (e) => {
        status.value = `Biểu mẫu: còn ${e.detail.issues.length} vấn đề cần sửa.`;
      },
    };
  },
  template: `
    <header><h1>doingoai trong một ứng dụng Vue</h1></header>
    <main>
      <div class="toolbar">
        <button type="button" @click="reload">Nạp lại văn bản mẫu</button>
        <button type="button" @click="clear">Xóa trắng biểu mẫu</button>
      </div>
      <form method="post" action="/submit" @submit.prevent="send">
        <doingoai-document-form
          ref="formEl"
          kind="report"
          name="document"
          autosave-key="vue-host"
          :value.prop="loaded"
          @doingoai-change="onChange"
          @doingoai-submit="onSubmitted"
          @doingoai-invalid="onInvalid"
        ></doingoai-document-form>
        <p><button type="submit">Gửi báo cáo</button></p>
      </form>
      <p class="status" role="status" data-testid="status">
        {{ status }} Số lần thay đổi: <span data-testid="changes">{{ changes }}</span>.
      </p>
    </main>
  `,
};

const app = createApp(App);
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith("doingoai-");
app.mount("#app");
