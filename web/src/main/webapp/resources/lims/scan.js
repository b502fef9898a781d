/*
 * The scan field of the scan page and the box page (WEB-INF/includes/scan-station.xhtml).
 *
 * A keyboard-wedge scanner types the barcode's characters and Enter. On Enter the field's text is sent
 * (p:remoteCommand limsScan, parameter "code") and the field is emptied at once, so the next tube can be
 * scanned while the last one is answered: PrimeFaces queues the requests and answers them in order, and
 * the field itself is never redrawn. The field takes the focus back after every ajax update, when the
 * window gets it back, and when characters are typed while something else has it (say a grid cell that
 * was clicked): they go into the field. Esc leaves the box (limsLeave).
 */
var LimsScan = (function () {
    'use strict';

    function field() {
        return document.getElementById('scan-field');
    }

    function focus() {
        var input = field();
        if (input && document.activeElement !== input) {
            input.focus({preventScroll: true});
        }
    }

    function send() {
        var input = field();
        var code = input.value.trim();
        input.value = '';
        if (code && window.limsScan) {
            window.limsScan([{name: 'code', value: code}]);
        }
    }

    function typesText(element) {
        var tag = element && element.tagName;
        return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (element && element.isContentEditable);
    }

    function activates(element) {
        var tag = element && element.tagName;
        return tag === 'A' || tag === 'BUTTON' || (element && element.getAttribute('role') === 'button');
    }

    document.addEventListener('keydown', function (event) {
        var input = field();
        if (!input || event.isComposing) {
            return;
        }
        if (event.key === 'Escape') {
            event.preventDefault();
            input.value = '';
            if (window.limsLeave) {
                window.limsLeave();
            }
            return;
        }
        if (event.target === input) {
            if (event.key === 'Enter') {
                event.preventDefault();
                send();
            }
            return;
        }
        if (typesText(event.target) || event.ctrlKey || event.altKey || event.metaKey) {
            return;
        }
        if (event.key.length === 1 && !(event.key === ' ' && activates(event.target))) {
            // A scan or typing while a cell or link has the focus: it belongs in the field.
            event.preventDefault();
            input.focus({preventScroll: true});
            input.value += event.key;
        } else if (event.key === 'Enter' && !activates(event.target)) {
            event.preventDefault();
            input.focus({preventScroll: true});
            send();
        }
    });

    /**
     * No answer came (the session ended and the login page came back, the server failed): say so in red
     * where the answer goes, for a scan that seems to do nothing is the worst a scanner user can meet.
     */
    function unanswered() {
        var answer = document.getElementById('scan:answer');
        var input = field();
        if (answer && input) {
            var result = document.createElement('div');
            result.id = 'scan:result';
            result.className = 'scan-result scan-error';
            result.textContent = input.getAttribute('data-unanswered');
            answer.replaceChildren(result);
        }
    }

    window.addEventListener('focus', focus);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxError', unanswered);
        jQuery(document).on('pfAjaxComplete', function (event, xhr) {
            var text = xhr && xhr.responseText;
            if (typeof text === 'string' && text.indexOf('<partial-response') >= 0 && text.indexOf('<error>') >= 0) {
                unanswered();
            }
            focus();
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focus);
    } else {
        focus();
    }

    return {
        focus: focus,
        /** A grid cell clicked: a free one is chosen for the next tube, an occupied one shows its tube. */
        cell: function (position) {
            if (window.limsCell) {
                window.limsCell([{name: 'position', value: position}]);
            }
        }
    };
}());
