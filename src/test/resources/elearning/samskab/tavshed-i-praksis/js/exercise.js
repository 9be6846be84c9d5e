/*
 * The exercise's state and what it tells the LMS, without any DOM: the page (app.js) calls
 * these functions and draws what view() returns.
 *
 * Screens: "intro" -> "situation" (one per situation, answered in order) -> "result";
 * "closed" after "Gem og luk" / "Save and close".
 *
 * cmi.suspend_data holds {"v":1,"l":"da","a":[1,0,2]}: the format version, the language and
 * the option chosen in each situation answered so far. cmi.core.lesson_location holds the
 * number (1-6) of the situation the learner is at.
 */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.TavshedExercise = factory();
  }
}(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var DATA_VERSION = 1;

  /** Answers from suspend_data, or null when it is empty or not ours. */
  function parseSuspendData(text, content) {
    if (!text) {
      return null;
    }
    var data;
    try {
      data = JSON.parse(text);
    } catch (notJson) {
      return null;
    }
    if (!data || typeof data !== "object" || data.v !== DATA_VERSION || !isArray(data.a)) {
      return null;
    }
    var situations = content.situations;
    if (data.a.length > situations.length) {
      return null;
    }
    var answers = emptyAnswers(situations.length);
    for (var i = 0; i < data.a.length; i += 1) {
      var choice = data.a[i];
      if (choice === null) {
        continue;
      }
      if (typeof choice !== "number" || choice % 1 !== 0 || choice < 0 || choice >= situations[i].options.length) {
        return null;
      }
      answers[i] = choice;
    }
    var lang = indexOf(content.languages, data.l) >= 0 ? data.l : null;
    return { answers: answers, lang: lang };
  }

  function serialize(answers, lang) {
    var list = answers.slice(0);
    while (list.length && list[list.length - 1] === null) {
      list.pop();
    }
    return JSON.stringify({ v: DATA_VERSION, l: lang, a: list });
  }

  function emptyAnswers(count) {
    var answers = [];
    for (var i = 0; i < count; i += 1) {
      answers.push(null);
    }
    return answers;
  }

  function isArray(value) {
    return Object.prototype.toString.call(value) === "[object Array]";
  }

  function indexOf(list, value) {
    for (var i = 0; i < list.length; i += 1) {
      if (list[i] === value) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A session: options.content (content.js), options.lms (a TavshedScorm connection, or null to
   * run standalone), options.formatTime (milliseconds to CMITimeSpan, from scorm12.js),
   * options.now (milliseconds; Date.now by default).
   */
  function createSession(options) {
    var content = options.content;
    var lms = options.lms || null;
    var formatTime = options.formatTime;
    var now = options.now || function () { return new Date().getTime(); };
    var situations = content.situations;
    var total = situations.length;

    var state = {
      lang: content.defaultLanguage,
      screen: "intro",
      index: 0,
      answers: emptyAnswers(total),
      finished: false,      // every situation of this attempt answered and the result recorded
      review: false,        // passed before this session: nothing is changed in the LMS
      previousPercent: null, // a result the LMS holds without the answers behind it
      saving: false,        // the LMS accepted LMSInitialize
      terminated: false,    // LMSFinish has been called (or the standalone page has closed)
      startedAt: 0
    };

    function answeredCount() {
      var count = 0;
      for (var i = 0; i < total; i += 1) {
        if (state.answers[i] !== null) {
          count += 1;
        }
      }
      return count;
    }

    function correctCount() {
      var count = 0;
      for (var i = 0; i < total; i += 1) {
        if (state.answers[i] === situations[i].correct) {
          count += 1;
        }
      }
      return count;
    }

    function percent() {
      return Math.round((correctCount() * 100) / total);
    }

    function firstUnanswered() {
      for (var i = 0; i < total; i += 1) {
        if (state.answers[i] === null) {
          return i;
        }
      }
      return total;
    }

    /** Where to continue: the stored situation, but never past the first one not yet answered. */
    function resumeIndex(location) {
      var first = Math.min(firstUnanswered(), total - 1);
      var number = parseInt(location, 10);
      if (number >= 1 && number <= total && number - 1 <= first) {
        return number - 1;
      }
      return first;
    }

    function readScore() {
      var raw = parseFloat(lms.get("cmi.core.score.raw"));
      return isNaN(raw) ? null : Math.round(raw);
    }

    function saveProgress() {
      lms.set("cmi.suspend_data", serialize(state.answers, state.lang));
      lms.set("cmi.core.lesson_location", String(state.index + 1));
    }

    /** The attempt is complete: score and status, exit "" (a normal end), one commit. */
    function recordResult() {
      state.finished = true;
      if (!state.saving) {
        return;
      }
      var score = percent();
      saveProgress();
      lms.set("cmi.core.score.min", "0");
      lms.set("cmi.core.score.max", "100");
      lms.set("cmi.core.score.raw", String(score));
      lms.set("cmi.core.lesson_status", score >= content.passPercent ? "passed" : "failed");
      lms.set("cmi.core.exit", "");
      lms.commit();
    }

    /** Leaving before the end: keep the answers and the place, and ask to be resumed. */
    function saveForLater() {
      saveProgress();
      lms.set("cmi.core.exit", "suspend");
      lms.set("cmi.core.lesson_status", "incomplete");
    }

    function start() {
      state.startedAt = now();
      state.saving = lms ? lms.initialize() : false;
      if (!state.saving) {
        return;
      }
      var status = lms.get("cmi.core.lesson_status");
      var location = lms.get("cmi.core.lesson_location");
      var data = parseSuspendData(lms.get("cmi.suspend_data"), content);
      if (data) {
        state.answers = data.answers;
        if (data.lang) {
          state.lang = data.lang;
        }
      }
      var answered = answeredCount();
      if (status === "passed") {
        // Passed already: show the result and change nothing, so a pass is never overwritten.
        state.review = true;
        state.finished = true;
        state.screen = "result";
        if (answered < total) {
          state.answers = emptyAnswers(total);
          state.previousPercent = readScore();
        }
        return;
      }
      if (answered === total) {
        state.index = total - 1;
        state.screen = "result";
        if (status === "failed") {
          state.finished = true;
        } else {
          recordResult(); // The result was not recorded last time; record it now.
        }
        return;
      }
      if (status === "failed" && answered === 0) {
        state.finished = true;
        state.screen = "result";
        state.previousPercent = readScore();
        return;
      }
      state.index = resumeIndex(location);
      state.screen = "intro";
      if (status === "not attempted" || status === "") {
        lms.set("cmi.core.lesson_status", "incomplete");
        lms.commit();
      }
    }

    /** From the intro to the situation to continue with. */
    function begin() {
      if (state.screen !== "intro" || state.terminated) {
        return;
      }
      state.screen = "situation";
    }

    /** The learner's choice in the current situation; true when it was taken. */
    function answer(choice) {
      if (state.screen !== "situation" || state.terminated || state.review) {
        return false;
      }
      var situation = situations[state.index];
      if (state.answers[state.index] !== null || typeof choice !== "number" || choice % 1 !== 0
          || choice < 0 || choice >= situation.options.length) {
        return false;
      }
      state.answers[state.index] = choice;
      if (answeredCount() === total) {
        recordResult();
      } else if (state.saving) {
        saveProgress();
        lms.commit();
      }
      return true;
    }

    /** On to the next situation, or to the result after the last one. */
    function next() {
      if (state.screen !== "situation" || state.terminated || state.answers[state.index] === null) {
        return;
      }
      if (state.index + 1 < total) {
        state.index += 1;
      } else if (state.finished) {
        state.screen = "result";
      }
    }

    /** The result of the attempt shown: its answers' percent, else what the LMS held; null if unknown. */
    function resultPercent() {
      return answeredCount() === total ? percent() : state.previousPercent;
    }

    function canRetry() {
      if (!state.finished || state.review || state.terminated) {
        return false;
      }
      var result = resultPercent();
      return result === null || result < content.passPercent;
    }

    /** After a failed attempt: clear the answers and start again from situation 1. */
    function retry() {
      if (!canRetry()) {
        return false;
      }
      state.answers = emptyAnswers(total);
      state.finished = false;
      state.previousPercent = null;
      state.index = 0;
      state.screen = "situation";
      if (state.saving) {
        saveProgress();
        lms.set("cmi.core.lesson_status", "incomplete");
        lms.commit();
      }
      return true;
    }

    function setLanguage(lang) {
      if (indexOf(content.languages, lang) >= 0) {
        state.lang = lang;
      }
    }

    /** Commit, then LMSFinish, once; midway the answers are kept for later ("suspend"). */
    function terminate() {
      if (state.terminated) {
        return;
      }
      state.terminated = true;
      if (!state.saving) {
        return;
      }
      if (!state.finished && !state.review) {
        saveForLater();
      }
      lms.set("cmi.core.session_time", formatTime(now() - state.startedAt));
      lms.commit();
      lms.finish();
    }

    /** "Gem og luk" / "Save and close". */
    function close() {
      terminate();
      state.screen = "closed";
    }

    /** pagehide / unload: the page is going away. */
    function pageHide() {
      terminate();
    }

    /**
     * The page is hidden (another tab, the phone locked, the app switched): a mobile browser may
     * end it without a pagehide, so midway the answers are committed for resuming.
     */
    function hidden() {
      if (!state.saving || state.terminated || state.finished || state.review) {
        return;
      }
      saveForLater();
      lms.commit();
    }

    function view() {
      var answered = answeredCount();
      return {
        screen: state.screen,
        lang: state.lang,
        index: state.index,
        total: total,
        answers: state.answers.slice(0),
        answeredCount: answered,
        correctCount: correctCount(),
        percent: answered === total ? percent() : null,
        passed: state.review || (resultPercent() !== null && resultPercent() >= content.passPercent),
        previousPercent: state.previousPercent,
        finished: state.finished,
        review: state.review,
        canRetry: canRetry(),
        saving: state.saving,
        canClose: state.saving && !state.terminated,
        terminated: state.terminated,
        closesWindow: state.saving && lms.via === "opener"
      };
    }

    return {
      start: start,
      begin: begin,
      answer: answer,
      next: next,
      retry: retry,
      setLanguage: setLanguage,
      close: close,
      pageHide: pageHide,
      hidden: hidden,
      view: view
    };
  }

  return {
    createSession: createSession,
    parseSuspendData: parseSuspendData,
    serialize: serialize
  };
}));
