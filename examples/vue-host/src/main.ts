/** Registers the tags, then mounts the SFC (compiled at build time: no `unsafe-eval` needed). */
import "@doingoai/elements/define";
import { createApp } from "vue";
import App from "./App.vue";

createApp(App).mount("#app");
