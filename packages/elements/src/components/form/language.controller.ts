/**
 * The language of one component: its own `lang`, else the nearest `lang` above it — per
 * component, not per page. Vietnamese is built in; another language is loaded on first use, and
 * the component shows Vietnamese until it has arrived, then renders again (`arrived`).
 */
import type { Lang } from "@doingoai/core/lite";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { langOf, requestLanguage, shownLang } from "../../strings/strings";

export class LanguageController implements ReactiveController {
  /** Settles when the language asked for has loaded (or failed to); undefined when nothing loads. */
  loading: Promise<void> | undefined;
  #asked: Lang | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly arrived: () => void,
  ) {
    host.addController(this);
  }

  /** The language asked for (`lang` of the element or of its nearest ancestor). */
  get asked(): Lang {
    return langOf(this.host);
  }

  /** The language shown: the one asked for once it has loaded (Vietnamese until then). */
  get shown(): Lang {
    return this.#rendering ?? shownLang(langOf(this.host));
  }

  /**
   * The language shown, found once for a render: templates ask for it hundreds of times, and
   * finding the nearest `lang` walks up the page.
   */
  #rendering: Lang | undefined;

  /** Before each render: ask for the language when it changed (also when inherited). */
  hostUpdate(): void {
    const lang = langOf(this.host);
    this.#rendering = shownLang(lang);
    if (lang === this.#asked) return;
    this.#asked = lang;
    this.loading = requestLanguage(this.host, this.arrived);
  }

  hostUpdated(): void {
    this.#rendering = undefined;
  }

  /** `updateComplete` of the host, after the language has loaded too. */
  async settled(done: boolean, again: () => Promise<boolean>): Promise<boolean> {
    return this.loading ? this.loading.then(again) : done;
  }
}
