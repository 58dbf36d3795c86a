/* The search page: ranks the site's sections (search-sections.js, written by
   conf/_ext/section_search.py) with MiniSearch, and lists them with an excerpt that shows the
   words that matched. The theme's search field and its Ctrl+K dialog submit here as
   search.html?q=...; typing in this page's field updates the results as you type. */
"use strict";

(() => {
  const STOP_WORDS = new Set(
    ("a an and are as at be but by for from has have how i if in into is it its my of on or " +
     "so such that the their then there these they this to was were will with what when which " +
     "why you your can do does").split(" "),
  );
  const stemmer = typeof Stemmer === "function" ? new Stemmer() : null;

  /* Words; a dotted name ("os.fork") is one word in the fields, and its parts go to the field
     "parts", which counts little: "concurrent" should not find every concurrent.futures. A query
     keeps both, so that "fork" finds os.fork and "os.fork" finds it first. */
  const words = (text) =>
    text.split(/[^\p{L}\p{N}_.]+/u).map((raw) => raw.replace(/^\.+|\.+$/g, "")).filter(Boolean);
  const dottedParts = (text) =>
    words(text).filter((word) => word.includes(".")).flatMap((word) => word.split("."))
      .filter(Boolean).join(" ");
  const tokenize = (text, field) => {
    if (field) return field === "parts" ? words(text.replace(/\./g, " ")) : words(text);
    return words(text).flatMap((word) =>
      word.includes(".") ? [word, ...word.split(".").filter(Boolean)] : [word],
    );
  };

  /* What differs between two pastes of one message is left out: addresses (at 0x7f3c2a1b9d30,
     which the page writes as 0x...), process ids and other long numbers (pid=48213), and the
     names of shared-memory blocks (/psm_3a2dabd3). */
  const processTerm = (term) => {
    const word = term.toLowerCase();
    if (/^0x[0-9a-f]*$/.test(word) || /^\d{4,}$/.test(word) || /^psm_[0-9a-f]+$/.test(word)) {
      return null;
    }
    if (STOP_WORDS.has(word)) return null;
    if (word.includes(".") || !stemmer || /\d/.test(word)) return word;
    return stemmer.stemWord(word);
  };

  const FIELDS = [
    "title", "questions", "summary", "api", "mentions", "text", "code", "page", "parts",
  ];
  const SEARCH_OPTIONS = {
    // A heading, a reader's question written for the section (conf/search-questions.toml) or
    // an API it links to says more than a word in passing.
    boost: {
      title: 4, questions: 4, summary: 4, api: 3, mentions: 1, text: 1, code: 1, page: 0.5,
      parts: 0.3,
    },
    // A dotted name asked for whole counts more than its parts.
    boostTerm: (term) => (term.includes(".") ? 2 : 1),
    combineWith: "OR",
  };

  let engine = null;
  const records = () => window.sectionSearchRecords || [];
  const fieldText = (record, field) =>
    field === "summary" || field === "questions"
      ? record[field] || ""
      : field === "parts"
      ? dottedParts(`${record.title} ${record.text} ${record.code} ${record.api} ${record.mentions}`)
      : record[field];
  const index = () => {
    if (!engine) {
      engine = new MiniSearch({
        fields: FIELDS,
        storeFields: ["url", "title", "page"],
        idField: "url",
        tokenize,
        processTerm,
        searchOptions: SEARCH_OPTIONS,
        extractField: fieldText,
      });
      engine.addAll(records());
    }
    return engine;
  };

  /* A term's weight: the rarer among the sections, the more it says (inverse document
     frequency, as MiniSearch's own ranking computes it). */
  let sectionsWith = null;
  const termWeight = (term) => {
    if (!sectionsWith) {
      sectionsWith = new Map();
      for (const record of records()) {
        const terms = new Set(
          FIELDS.flatMap((field) => tokenize(fieldText(record, field), field).map(processTerm)),
        );
        terms.delete(null);
        for (const term of terms) sectionsWith.set(term, (sectionsWith.get(term) || 0) + 1);
      }
    }
    const count = sectionsWith.get(term) || 0;
    return Math.log(1 + (records().length - count + 0.5) / (count + 0.5));
  };

  /* How close the query comes to the nearest of a section's questions: the weight of the terms
     they share over the weight of the terms either has. A query that reads like one of them
     asks what that section answers, even where its words are common elsewhere. Each API name
     the section introduces (its "api" field) counts as half a question: "multiprocessing.Lock"
     asks for the Locks page more than for a section one of whose questions names the lock. */
  const API_AS_QUESTION = 0.5;
  const questionTerms = new Map();
  const nearestQuestion = (record, queryTerms) => {
    if (!questionTerms.has(record.url)) {
      const questions = (record.questions ? record.questions.split("\n") : [])
        .map((question) => [new Set(termsOf(question)), 1]);
      for (const name of record.api ? record.api.split(" ") : []) {
        questions.push([new Set(termsOf(name)), API_AS_QUESTION]);
      }
      questionTerms.set(record.url, questions);
    }
    const queryWeight = queryTerms.reduce((sum, term) => sum + termWeight(term), 0);
    let nearest = 0;
    for (const [terms, share] of questionTerms.get(record.url)) {
      let shared = 0;
      let either = queryWeight;
      for (const term of queryTerms) if (terms.has(term)) shared += termWeight(term);
      for (const term of terms) if (!queryTerms.includes(term)) either += termWeight(term);
      if (either) nearest = Math.max(nearest, (share * shared) / either);
    }
    return nearest;
  };
  const byUrl = () => {
    if (!byUrl.map) byUrl.map = new Map(records().map((record) => [record.url, record]));
    return byUrl.map;
  };

  /* The terms of a text in order, as the index sees them (dotted names whole). */
  const termsOf = (text) =>
    words(text).map(processTerm).filter((term) => term !== null);
  const pairsOf = (terms) => new Set(terms.slice(1).map((term, i) => `${terms[i]} ${term}`));
  const recordPairs = new Map();

  /* MiniSearch scores each word on its own. A section that has the query's words in the query's
     order (a pasted message, a phrase of the page) is the better answer, and a pasted message
     belongs first of all to the entry whose heading quotes one. */
  /* Readers' words for what the pages call otherwise, added to the query. */
  const SYNONYMS = [
    [/\breturn(ed)? values?\b/i, "result"],
    [/\bkill(ed|s)?\b/i, "terminate"],
    [/\b(concurrent(ly)?|simultaneous(ly)?)\b/i, "at once"],
  ];
  const expand = (query) =>
    SYNONYMS.reduce((text, [pattern, extra]) => (pattern.test(query) ? `${text} ${extra}` : text), query);

  const search = (typed) => {
    const query = expand(typed);
    const queryPairs = pairsOf(termsOf(query));
    const typedTerms = [...new Set(termsOf(typed))];
    const messageLike =
      termsOf(query).length >= 8 || /[a-z](Error|Warning|Exception)\b/.test(query);
    const results = index().search(query).slice(0, 50);
    for (const result of results) {
      const record = byUrl().get(result.id);
      let factor = 1;
      if (queryPairs.size) {
        if (!recordPairs.has(record.url)) {
          const pairs = pairsOf(termsOf(`${record.title} ${record.text} ${record.code}`));
          // Each question on its own: the last word of one and the first of the next are no pair.
          for (const question of (record.questions || "").split("\n")) {
            for (const pair of pairsOf(termsOf(question))) pairs.add(pair);
          }
          recordPairs.set(record.url, pairs);
        }
        const pairs = recordPairs.get(record.url);
        let shared = 0;
        for (const pair of queryPairs) if (pairs.has(pair)) shared += 1;
        factor *= 1 + shared / queryPairs.size;
      }
      if (messageLike && record.message) factor *= 1.5;
      factor *= 1 + 4 * nearestQuestion(record, typedTerms);
      // Some pages' sections rank above or below others' (section_search_weights in
      // conf/_ext/section_search.py): the recipes and notes below the topic pages.
      factor *= record.weight || 1;
      result.score *= factor;
    }
    return results.sort((a, b) => b.score - a.score);
  };

  /* The stretch of the section's text that holds the most of the matched words. */
  const EXCERPT_WORDS = 32;
  const excerpt = (record, matchedTerms) => {
    const words = `${record.text} ${record.code}`.split(/\s+/).filter(Boolean);
    const hits = words.map((word) =>
      tokenize(word).some((token) => {
        const term = processTerm(token);
        return term !== null && matchedTerms.has(term);
      }),
    );
    let best = 0;
    let bestCount = -1;
    for (let start = 0; start < Math.max(1, words.length - EXCERPT_WORDS + 1); start += 4) {
      const seen = new Set();
      for (let i = start; i < Math.min(words.length, start + EXCERPT_WORDS); i++) {
        if (hits[i]) seen.add(words[i].toLowerCase());
      }
      if (seen.size > bestCount) {
        best = start;
        bestCount = seen.size;
      }
    }
    const fragment = document.createDocumentFragment();
    if (best > 0) fragment.append("… ");
    const end = Math.min(words.length, best + EXCERPT_WORDS);
    for (let i = best; i < end; i++) {
      if (hits[i]) {
        const mark = document.createElement("mark");
        mark.textContent = words[i];
        fragment.append(mark);
      } else {
        fragment.append(words[i]);
      }
      if (i < end - 1) fragment.append(" ");
    }
    if (end < words.length) fragment.append(" …");
    return fragment;
  };

  const MAX_RESULTS = 20;
  const render = (query, container, base) => {
    container.replaceChildren();
    container.dataset.query = query;
    if (!query.trim()) return;
    const results = search(query).slice(0, MAX_RESULTS);
    const summary = document.createElement("p");
    summary.className = "section-search-summary";
    summary.setAttribute("role", "status");
    summary.textContent = results.length
      ? `${results.length === MAX_RESULTS ? "The first " : ""}${results.length} ` +
        `section${results.length === 1 ? "" : "s"} for “${query}”, best first.`
      : `No section matches “${query}”. Try fewer words, or the last line of the message.`;
    container.append(summary);
    if (!results.length) return;
    const list = document.createElement("ol");
    list.className = "section-search-results";
    for (const result of results) {
      const record = byUrl().get(result.id);
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = new URL(record.url, base).href;
      link.textContent = record.title;
      const heading = document.createElement("h2");
      heading.className = "section-search-title";
      heading.append(link);
      item.append(heading);
      if (record.title !== record.page) {
        const page = document.createElement("p");
        page.className = "section-search-page";
        page.textContent = record.page;
        item.append(page);
      }
      const text = document.createElement("p");
      text.className = "section-search-excerpt";
      text.append(excerpt(record, new Set(result.terms)));
      item.append(text);
      list.append(item);
    }
    container.append(list);
  };

  const start = () => {
    const container = document.getElementById("section-search-results");
    if (!container) return;
    const script = document.querySelector('script[src*="search-sections.js"]');
    const base = new URL("..", script.src);
    const query = new URLSearchParams(location.search).get("q") || "";
    const field = document.querySelector("form.bd-search input[name=q]:not(dialog *)");
    for (const input of document.querySelectorAll("input[name=q]")) input.value = query;
    render(query, container, base);
    if (field) {
      let timer = null;
      field.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const url = new URL(location.href);
          url.searchParams.set("q", field.value);
          history.replaceState(null, "", url);
          render(field.value, container, base);
        }, 150);
      });
    }
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();

  window.sectionSearch = { search };
})();
