/*
 * The page: draws what the session's view() says, in the chosen language, and passes the
 * learner's actions on to the session (exercise.js), which talks to the LMS.
 */
(function () {
  "use strict";

  var content = window.TAVSHED_CONTENT;
  var connection = window.TavshedScorm.connect(window, function (message) {
    if (window.console && window.console.warn) {
      window.console.warn(message);
    }
  });
  var session = window.TavshedExercise.createSession({
    content: content,
    lms: connection,
    formatTime: window.TavshedScorm.formatSessionTime
  });

  var screenEl = document.getElementById("screen");
  var saveCloseButton = document.getElementById("save-close");
  var pendingChoice = null; // chosen but not yet answered; kept when the language changes

  // ---- texts ----

  function lang() {
    return session.view().lang;
  }

  function tr(text) {
    return text[lang()];
  }

  function ui(key, values) {
    var text = tr(content.ui[key]);
    if (values) {
      text = text.replace(/\{(\w+)\}/g, function (match, name) {
        return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match;
      });
    }
    return text;
  }

  // ---- building blocks ----

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    var name;
    for (name in attributes || {}) {
      if (Object.prototype.hasOwnProperty.call(attributes, name)) {
        if (name === "text") {
          node.textContent = attributes.text;
        } else if (name === "className") {
          node.className = attributes.className;
        } else if (attributes[name] !== null && attributes[name] !== false) {
          node.setAttribute(name, attributes[name] === true ? "" : attributes[name]);
        }
      }
    }
    var list = children || [];
    for (var i = 0; i < list.length; i += 1) {
      if (list[i]) {
        node.appendChild(typeof list[i] === "string" ? document.createTextNode(list[i]) : list[i]);
      }
    }
    return node;
  }

  function button(label, onClick, className, type) {
    var node = el("button", { type: type || "button", className: className || "button", text: label });
    if (onClick) {
      node.addEventListener("click", onClick);
    }
    return node;
  }

  function focusHeading() {
    var heading = document.getElementById("screen-heading");
    if (heading) {
      heading.focus();
    }
  }

  // ---- the parts that do not change with the screen ----

  function renderFrame() {
    var view = session.view();
    document.documentElement.setAttribute("lang", view.lang);
    document.title = ui("documentTitle");
    document.getElementById("course-name").textContent = ui("course");
    document.getElementById("title").textContent = ui("title");
    document.getElementById("subtitle").textContent = ui("subtitle");
    document.getElementById("lang-switch").setAttribute("aria-label", ui("languageGroup"));
    document.getElementById("not-saved-title").textContent = ui("notSavedTitle");
    document.getElementById("not-saved-text").textContent = ui("notSavedText");
    document.getElementById("standalone-note").hidden = view.saving;
    saveCloseButton.textContent = ui("saveClose");
    saveCloseButton.hidden = !view.canClose;
    var buttons = document.querySelectorAll(".lang-button");
    for (var i = 0; i < buttons.length; i += 1) {
      buttons[i].setAttribute("aria-pressed", buttons[i].getAttribute("data-lang") === view.lang ? "true" : "false");
    }
  }

  // ---- screens ----

  function renderIntro(view) {
    var card = el("section", { className: "card", "aria-labelledby": "screen-heading" });
    card.appendChild(el("h2", { id: "screen-heading", tabindex: "-1", text: ui("introHeading") }));
    if (view.answeredCount > 0) {
      card.appendChild(el("p", { text: ui("welcomeBack", { answered: view.answeredCount, total: view.total }) }));
    }
    card.appendChild(el("p", { text: ui("introText") }));
    card.appendChild(el("p", { text: ui("introPass") }));
    if (view.saving) {
      card.appendChild(el("p", { text: ui("introSaved") }));
    }
    var label = view.answeredCount > 0 ? ui("continueAt", { n: view.index + 1 }) : ui("start");
    card.appendChild(el("div", { className: "actions" }, [button(label, function () {
      session.begin();
      render(true);
    })]));
    return card;
  }

  function optionId(index) {
    return "option-" + index;
  }

  function renderSituation(view) {
    var situation = content.situations[view.index];
    var chosen = view.answers[view.index];
    var answered = chosen !== null;

    var card = el("section", { className: "card", "aria-labelledby": "screen-heading" });
    card.appendChild(el("h2", { id: "screen-heading", tabindex: "-1" }, [
      el("span", { className: "kicker", text: ui("progress", { n: view.index + 1, total: view.total }) }),
      tr(situation.title)
    ]));
    var bar = el("div", { className: "progress-bar" });
    bar.style.width = Math.round(((view.index + (answered ? 1 : 0)) * 100) / view.total) + "%";
    card.appendChild(el("div", { className: "progress", "aria-hidden": "true" }, [bar]));
    card.appendChild(el("p", { className: "scenario", text: tr(situation.text) }));

    var form = el("form", { novalidate: true });
    var fieldset = el("fieldset", {}, [el("legend", { text: ui("legend") })]);
    for (var i = 0; i < situation.options.length; i += 1) {
      var input = el("input", { type: "radio", name: "choice", id: optionId(i), value: String(i) });
      if ((answered && chosen === i) || (!answered && pendingChoice === i)) {
        input.checked = true;
      }
      input.addEventListener("change", onChoiceChange);
      var body = el("span", { className: "option-body" }, [el("span", { text: tr(situation.options[i].text) })]);
      fieldset.appendChild(el("label", { className: "option", "for": optionId(i) }, [input, body]));
    }
    form.appendChild(fieldset);
    var error = el("p", { className: "error", id: "choice-error", "aria-live": "assertive" });
    form.appendChild(error);
    var submitRow = el("div", { className: "actions", id: "submit-row" }, [button(ui("submit"), null, "button", "submit")]);
    form.appendChild(submitRow);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      onAnswer(form, fieldset, error, submitRow, feedback, nextRow);
    });
    card.appendChild(form);

    // Filled in place after answering, so that screen readers announce it.
    var feedback = el("div", { className: "feedback", id: "feedback", "aria-live": "polite" });
    card.appendChild(feedback);
    var nextRow = el("div", { className: "actions" });
    card.appendChild(nextRow);

    if (answered) {
      showAnswered(fieldset, submitRow, feedback, nextRow, view);
    }
    return card;
  }

  function onChoiceChange(event) {
    pendingChoice = parseInt(event.target.value, 10);
    var error = document.getElementById("choice-error");
    if (error) {
      error.textContent = "";
    }
  }

  function onAnswer(form, fieldset, error, submitRow, feedback, nextRow) {
    var checked = form.querySelector("input[name=choice]:checked");
    if (!checked) {
      error.textContent = ui("chooseFirst");
      form.querySelector("input[name=choice]").focus();
      return;
    }
    if (!session.answer(parseInt(checked.value, 10))) {
      return;
    }
    pendingChoice = null;
    error.textContent = "";
    var next = showAnswered(fieldset, submitRow, feedback, nextRow, session.view());
    next.focus();
  }

  /** Marks the chosen and the best option, shows the feedback and the button onwards. */
  function showAnswered(fieldset, submitRow, feedback, nextRow, view) {
    var situation = content.situations[view.index];
    var chosen = view.answers[view.index];
    var good = chosen === situation.correct;

    fieldset.disabled = true;
    var labels = fieldset.querySelectorAll(".option");
    for (var i = 0; i < labels.length; i += 1) {
      var body = labels[i].querySelector(".option-body");
      if (i === chosen) {
        labels[i].className += " is-chosen";
        body.appendChild(el("span", { className: "tag tag-chosen", text: ui("tagYourChoice") }));
      }
      if (i === situation.correct) {
        labels[i].className += " is-best";
        body.appendChild(el("span", { className: "tag tag-best", text: ui("tagBest") }));
      }
    }
    submitRow.hidden = true;

    feedback.className = "feedback " + (good ? "is-good" : "is-bad");
    feedback.appendChild(el("h3", {}, [
      el("span", { "aria-hidden": "true", text: good ? "\u2713 " : "\u2717 " }),
      good ? ui("feedbackGood") : ui("feedbackNotBest")
    ]));
    feedback.appendChild(el("p", { text: tr(situation.options[chosen].feedback) }));
    if (!good) {
      var best = situation.options[situation.correct];
      feedback.appendChild(el("p", {}, [el("strong", { text: ui("bestIs") }), " ", tr(best.text)]));
      feedback.appendChild(el("p", { text: tr(best.feedback) }));
    }
    feedback.appendChild(el("p", { className: "read-more", text: ui("readMore", { lesson: tr(situation.lesson) }) }));

    var last = view.index + 1 >= view.total;
    var next = button(last ? ui("seeResult") : ui("next"), function () {
      session.next();
      render(true);
    });
    nextRow.appendChild(next);
    return next;
  }

  function renderResult(view) {
    var card = el("section", { className: "card", "aria-labelledby": "screen-heading" });
    card.appendChild(el("h2", { id: "screen-heading", tabindex: "-1", text: ui("resultHeading") }));
    var complete = view.answeredCount === view.total;
    if (complete) {
      card.appendChild(el("p", { className: "score",
        text: ui("scoreLine", { correct: view.correctCount, total: view.total, percent: view.percent }) }));
    } else if (view.previousPercent !== null) {
      card.appendChild(el("p", { className: "score", text: ui("previousScore", { percent: view.previousPercent }) }));
    }
    var verdict;
    if (complete && !view.review) {
      verdict = view.passed ? ui("passed") : ui("failed");
    } else {
      verdict = view.passed ? ui("passedEarlier") : ui("failedEarlier");
    }
    card.appendChild(el("p", { className: "verdict " + (view.passed ? "is-good" : "is-bad"), text: verdict }));

    if (view.canRetry) {
      card.appendChild(el("p", { text: ui("retryNote") }));
      card.appendChild(el("div", { className: "actions" }, [button(ui("retry"), function () {
        session.retry();
        pendingChoice = null;
        render(true);
      })]));
    }

    if (complete) {
      card.appendChild(el("h3", { className: "summary-heading", text: ui("summaryHeading") }));
      var list = el("ol", { className: "summary" });
      for (var i = 0; i < view.total; i += 1) {
        list.appendChild(summaryItem(i, view.answers[i]));
      }
      card.appendChild(list);
    }
    return card;
  }

  function summaryItem(index, chosen) {
    var situation = content.situations[index];
    var good = chosen === situation.correct;
    var body = el("div", { className: "details-body" }, [
      el("p", { text: tr(situation.text) }),
      el("p", {}, [el("strong", { text: ui("tagYourChoice") + ":" }), " ", tr(situation.options[chosen].text)]),
      el("p", { text: tr(situation.options[chosen].feedback) })
    ]);
    if (!good) {
      var best = situation.options[situation.correct];
      body.appendChild(el("p", {}, [el("strong", { text: ui("bestIs") }), " ", tr(best.text)]));
      body.appendChild(el("p", { text: tr(best.feedback) }));
    }
    return el("li", {}, [el("details", {}, [
      el("summary", {}, [
        el("span", { text: ui("progress", { n: index + 1, total: content.situations.length }) + ": " + tr(situation.title) }),
        el("span", { className: "summary-status " + (good ? "is-good" : "is-bad") }, [
          el("span", { "aria-hidden": "true", text: good ? "\u2713 " : "\u2717 " }),
          good ? ui("summaryGood") : ui("summaryNotBest")
        ])
      ]),
      body
    ])]);
  }

  function renderClosed(view) {
    var card = el("section", { className: "card", "aria-labelledby": "screen-heading" });
    card.appendChild(el("h2", { id: "screen-heading", tabindex: "-1", text: ui("closedHeading") }));
    card.appendChild(el("p", { text: view.finished || view.review ? ui("closedFinished") : ui("closedMidway") }));
    return card;
  }

  function render(moveFocus) {
    var view = session.view();
    renderFrame();
    var screen;
    if (view.screen === "situation") {
      screen = renderSituation(view);
    } else if (view.screen === "result") {
      screen = renderResult(view);
    } else if (view.screen === "closed") {
      screen = renderClosed(view);
    } else {
      screen = renderIntro(view);
    }
    screenEl.innerHTML = "";
    screenEl.appendChild(screen);
    if (moveFocus) {
      focusHeading();
    }
  }

  // ---- events ----

  var langButtons = document.querySelectorAll(".lang-button");
  for (var i = 0; i < langButtons.length; i += 1) {
    langButtons[i].addEventListener("click", function (event) {
      session.setLanguage(event.currentTarget.getAttribute("data-lang"));
      render(false); // Focus stays on the language button.
    });
  }

  saveCloseButton.addEventListener("click", function () {
    var closesWindow = session.view().closesWindow;
    session.close();
    render(true);
    if (closesWindow) {
      try {
        window.close();
      } catch (ignored) {
        // The page stays open with its message.
      }
    }
  });

  function leave() {
    session.pageHide();
  }

  window.addEventListener("pagehide", leave);
  window.addEventListener("unload", leave);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      session.hidden();
    }
  });

  session.start();
  render(false);
}());
