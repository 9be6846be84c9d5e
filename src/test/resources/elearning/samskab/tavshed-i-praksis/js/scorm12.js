/*
 * A small SCORM 1.2 run-time connection in plain JavaScript.
 *
 * The LMS's API object is looked for in this window and up to 7 parent windows, then the same
 * way from window.opener (a course opened in a pop-up). Without an API, or when LMSInitialize
 * fails, every call is a no-op and the exercise runs on its own ("standalone").
 */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.TavshedScorm = factory();
  }
}(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var MAX_PARENTS = 7;

  /** The API object of win or one of its parents (at most 7 levels up), or null. */
  function findAPI(win) {
    var levels = 0;
    while (win) {
      var api = null;
      try {
        api = win.API;
      } catch (crossOrigin) {
        api = null; // A window of another origin cannot be read; keep climbing.
      }
      if (api && typeof api.LMSInitialize !== "undefined") {
        return api;
      }
      var parent = null;
      try {
        parent = win.parent;
      } catch (noParent) {
        parent = null;
      }
      if (!parent || parent === win || levels >= MAX_PARENTS) {
        return null;
      }
      win = parent;
      levels += 1;
    }
    return null;
  }

  /** { api, via } where via is "parent" or "opener", or { api: null, via: null }. */
  function locateAPI(win) {
    var api = findAPI(win);
    if (api) {
      return { api: api, via: "parent" };
    }
    var opener = null;
    try {
      opener = win.opener;
    } catch (crossOrigin) {
      opener = null;
    }
    api = opener ? findAPI(opener) : null;
    return api ? { api: api, via: "opener" } : { api: null, via: null };
  }

  function isTrue(result) {
    return result === true || String(result) === "true";
  }

  /** Seconds as SCORM 1.2's CMITimeSpan, with four-digit hours: HHHH:MM:SS. */
  function formatSessionTime(milliseconds) {
    var total = Math.max(0, Math.floor((milliseconds || 0) / 1000));
    var hours = Math.floor(total / 3600);
    var minutes = Math.floor((total % 3600) / 60);
    var seconds = total % 60;
    if (hours > 9999) {
      hours = 9999;
      minutes = 59;
      seconds = 59;
    }
    return pad(hours, 4) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2);
  }

  function pad(number, width) {
    var text = String(number);
    while (text.length < width) {
      text = "0" + text;
    }
    return text;
  }

  function Connection(api, via, log) {
    this.api = api || null;
    this.via = via || null;
    this.active = false;
    this.log = log || null;
  }

  Connection.prototype.call = function (name, args) {
    try {
      return this.api[name].apply(this.api, args);
    } catch (error) {
      if (this.log) {
        this.log("SCORM " + name + " failed: " + error);
      }
      return "false";
    }
  };

  Connection.prototype.warn = function (what) {
    if (!this.log) {
      return;
    }
    var code = this.call("LMSGetLastError", []);
    this.log("SCORM " + what + " returned false (error " + code + ")");
  };

  /** LMSInitialize(""); true when the LMS accepted it and answers can be saved. */
  Connection.prototype.initialize = function () {
    if (!this.api) {
      return false;
    }
    this.active = isTrue(this.call("LMSInitialize", [""]));
    if (!this.active) {
      this.warn("LMSInitialize");
    }
    return this.active;
  };

  Connection.prototype.get = function (element) {
    if (!this.active) {
      return "";
    }
    var value = this.call("LMSGetValue", [element]);
    return value === null || value === undefined ? "" : String(value);
  };

  Connection.prototype.set = function (element, value) {
    if (!this.active) {
      return false;
    }
    var ok = isTrue(this.call("LMSSetValue", [element, String(value)]));
    if (!ok) {
      this.warn("LMSSetValue " + element);
    }
    return ok;
  };

  Connection.prototype.commit = function () {
    if (!this.active) {
      return false;
    }
    var ok = isTrue(this.call("LMSCommit", [""]));
    if (!ok) {
      this.warn("LMSCommit");
    }
    return ok;
  };

  /** LMSFinish(""); afterwards the connection is closed and every call is a no-op. */
  Connection.prototype.finish = function () {
    if (!this.active) {
      return false;
    }
    this.active = false;
    return isTrue(this.call("LMSFinish", [""]));
  };

  /** A connection to the API found from win (not yet initialised). */
  function connect(win, log) {
    var found = locateAPI(win);
    return new Connection(found.api, found.via, log);
  }

  return {
    findAPI: findAPI,
    locateAPI: locateAPI,
    connect: connect,
    Connection: Connection,
    formatSessionTime: formatSessionTime
  };
}));
