/*
 * The lesson page's player for SCORM packages. The run-time itself is scorm-again (the data model,
 * its checks and the commits); this script gives it the learner's stored data, opens the items in
 * the frame, follows the package's navigation requests and shows the state of each item.
 */
(function () {
    'use strict';

    var section = document.getElementById('elearning');
    if (!section) {
        return;
    }
    var config = JSON.parse(document.getElementById('elearningConfig').textContent);
    var scorm12 = config.standard === 'SCORM_12';
    var frame = document.getElementById('elearningFrame');
    var stage = document.getElementById('elearningStage');
    var message = document.getElementById('elearningMessage');
    var previous = document.getElementById('elearningPrevious');
    var next = document.getElementById('elearningNext');
    var buttons = Array.prototype.slice.call(section.querySelectorAll('.elearning__item'));
    var current = -1;
    var runtime = null;

    function label(name) {
        return section.getAttribute('data-label-' + name) || '';
    }

    function commitUrl(item) {
        return config.commit + '&i=' + encodeURIComponent(item.id);
    }

    /** The server's answer to a commit, in the form scorm-again expects back. */
    function answered(status, text) {
        var body = {};
        try {
            body = JSON.parse(text);
        } catch (notJson) {
            body = {};
        }
        if (status === 200 && body.result === true) {
            if (body.itemSatisfied) {
                unlockAfter(current);
            }
            if (body.lessonDone) {
                message.textContent = label('done');
            }
            return {result: true, errorCode: 0};
        }
        message.textContent = label('save-failed');
        return {result: false, errorCode: 101};
    }

    /**
     * What the run-time starts from: the learner's data as last committed, with what the LMS sets
     * itself (who the learner is, credit and mode, the mastery score) and the entry the standard
     * prescribes: "resume" after a suspended session, "ab-initio" the first time.
     */
    function startingData(item) {
        var cmi = JSON.parse(JSON.stringify(item.cmi || {}));
        if (scorm12) {
            var core = cmi.core = cmi.core || {};
            core.entry = core.exit === 'suspend' ? 'resume' : (core.lesson_status ? '' : 'ab-initio');
            delete core.exit;
            delete core.session_time;
            core.student_id = config.learner.id;
            core.student_name = config.learner.name;
            core.credit = 'credit';
            core.lesson_mode = 'normal';
            if (item.mastery !== undefined) {
                cmi.student_data = cmi.student_data || {};
                cmi.student_data.mastery_score = String(item.mastery);
            }
        } else {
            cmi.entry = cmi.exit === 'suspend' ? 'resume' : (cmi.completion_status ? '' : 'ab-initio');
            delete cmi.exit;
            delete cmi.session_time;
            cmi.learner_id = config.learner.id;
            cmi.learner_name = config.learner.name;
            cmi.credit = 'credit';
            cmi.mode = 'normal';
            if (item.mastery !== undefined) {
                cmi.scaled_passing_score = String(item.mastery);
            }
        }
        return cmi;
    }

    function runtimeFor(item) {
        var settings = {
            autocommit: true,
            autocommitSeconds: 10,
            lmsCommitUrl: commitUrl(item),
            dataCommitFormat: 'json',
            fetchMode: 'same-origin',
            logLevel: 5,
            xhrResponseHandler: function (xhr) {
                return answered(xhr.status, xhr.responseText);
            },
            responseHandler: function (response) {
                return response.text().then(function (text) {
                    return answered(response.status, text);
                });
            }
        };
        var api = scorm12 ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
        api.loadFromJSON(startingData(item));
        api.on(scorm12 ? 'LMSFinish' : 'Terminate', function () {
            window.setTimeout(function () {
                finished(api);
            }, 0);
        });
        if (!scorm12) {
            // The package's adl.nav.request, which the run-time announces as it ends the session.
            later(api, 'SequenceNext', function () {
                open(current + 1);
            });
            later(api, 'SequencePrevious', function () {
                open(current - 1);
            });
            later(api, 'SequenceChoice', function (target) {
                open(indexOf(target));
            });
            later(api, 'SequenceJump', function (target) {
                open(indexOf(target));
            });
        }
        if (scorm12) {
            window.API = api;
        } else {
            window.API_1484_11 = api;
        }
        return api;
    }

    /** Runs the action, with the event's target if any, once the run-time has finished the call that raised it. */
    function later(api, event, action) {
        api.on(event, function (target) {
            window.setTimeout(function () {
                action(target);
            }, 0);
        });
    }

    /**
     * After the package ends its session: show its state, and open the next item where this one is
     * now satisfied (the last commit goes by beacon, whose answer a page cannot read; the server
     * reads the same data).
     */
    function finished(api) {
        if (showState(current, api)) {
            unlockAfter(current);
        }
    }

    function indexOf(identifier) {
        for (var i = 0; i < config.items.length; i++) {
            if (config.items[i].id === identifier) {
                return i;
            }
        }
        return -1;
    }

    /** Shows an item's state as the run-time holds it; true when the item is satisfied. */
    function showState(index, api) {
        if (!section.querySelector('#elearningItemState' + index) || !api || !api.cmi) {
            return false;
        }
        var name;
        if (scorm12) {
            var status = api.cmi.core.lesson_status;
            name = status === 'passed' || status === 'failed' || status === 'completed' ? status : 'incomplete';
        } else {
            name = api.cmi.success_status === 'passed' || api.cmi.success_status === 'failed' ? api.cmi.success_status
                : api.cmi.completion_status === 'completed' ? 'completed' : 'incomplete';
        }
        showItemState(index, name);
        var mastered = config.items[index].mastery === undefined || name === 'passed';
        return (name === 'passed' || name === 'completed') && mastered;
    }

    function showItemState(index, name) {
        var state = section.querySelector('#elearningItemState' + index);
        if (state) {
            state.textContent = label(name);
            state.setAttribute('data-state', name.toUpperCase());
        }
    }

    /** In forced sequential order, the next item opens once this one is satisfied. */
    function unlockAfter(index) {
        var following = buttons[index + 1];
        if (following && following.disabled) {
            following.disabled = false;
            var state = section.querySelector('#elearningItemState' + (index + 1));
            if (state) {
                state.textContent = label('not_started');
            }
        }
        updateNavigation();
    }

    /**
     * A SCO left without ever starting its run-time session, whose completion the manifest leaves
     * to the LMS (SCORM 2004's default delivery controls): the server counts the attempt completed.
     * Said by a beacon when the page itself is going away.
     */
    function leaveSilentSco(byBeacon) {
        var item = config.items[current];
        if (!item || !item.lmsCompletes || !runtime || !runtime.isNotInitialized()) {
            return;
        }
        var body = JSON.stringify({cmi: {}, left: true});
        if (byBeacon) {
            navigator.sendBeacon(commitUrl(item), new Blob([body], {type: 'application/json'}));
            return;
        }
        var left = current;
        fetch(commitUrl(item), {
            method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json'}, body: body
        }).then(function (response) {
            return response.json();
        }).then(function (answer) {
            if (answer.itemSatisfied) {
                showItemState(left, 'completed');
                unlockAfter(left);
            }
            if (answer.lessonDone) {
                message.textContent = label('done');
            }
        }).catch(function () {
            message.textContent = label('save-failed');
        });
    }

    function open(index) {
        if (index < 0 || index >= config.items.length || buttons[index].disabled) {
            return;
        }
        leaveSilentSco(false);
        var start = function () {
            launch(index);
        };
        if (current < 0) {
            start();
            return;
        }
        // The package open now ends its session as it unloads; the next one then finds a fresh run-time.
        frame.addEventListener('load', start, {once: true});
        frame.src = 'about:blank';
    }

    function launch(index) {
        var item = config.items[index];
        current = index;
        if (item.sco) {
            runtime = runtimeFor(item);
        } else {
            runtime = null;
            // An asset has no run-time; opening it is what counts.
            fetch(commitUrl(item), {
                method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json'},
                body: '{"cmi":{}}'
            }).then(function (response) {
                return response.text().then(function (text) {
                    answered(response.status, text);
                });
            }).catch(function () {
                message.textContent = label('save-failed');
            });
        }
        stage.hidden = false;
        frame.src = config.base + item.launch;
        buttons.forEach(function (button, i) {
            if (i === index) {
                button.setAttribute('aria-current', 'step');
            } else {
                button.removeAttribute('aria-current');
            }
        });
        updateNavigation();
        stage.scrollIntoView({behavior: 'smooth', block: 'start'});
    }

    function updateNavigation() {
        var several = config.items.length > 1 && current >= 0;
        previous.hidden = !several || !config.flow || config.forwardOnly || current <= 0;
        next.hidden = !several || !config.flow || current >= config.items.length - 1;
        next.disabled = !next.hidden && buttons[current + 1].disabled;
    }

    buttons.forEach(function (button, index) {
        button.addEventListener('click', function () {
            if (config.choice || index === current + 1 || current < 0) {
                open(index);
            }
        });
    });
    window.addEventListener('pagehide', function () {
        leaveSilentSco(true);
    });
    previous.addEventListener('click', function () {
        open(current - 1);
    });
    next.addEventListener('click', function () {
        open(current + 1);
    });
}());
