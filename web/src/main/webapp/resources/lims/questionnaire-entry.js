/*
 * The entry grid of a paper questionnaire (participants/questionnaire.xhtml), for the keyboard only.
 *
 * Every answer input carries its item's range (data-min, data-max). A digit that makes a valid answer is
 * taken, and when no further digit could make another valid one (always so for items answered 1-4 or 1-7)
 * the focus moves on to the next item: a form is typed as "2323...". A key that cannot make a valid answer
 * is refused at once: the input flashes red and its range is announced. Backspace empties the item, or on
 * an empty item goes back to the previous one and empties that; the arrow keys move between the items,
 * Space skips one (left empty, it is unanswered). Enter saves, and Ctrl+Enter saves from any field.
 *
 * This only spares the nurse a round trip: the server checks every answer again, and its refusals are
 * shown in red beside the item. The handlers sit on the document, so they outlive the form's ajax updates.
 */
var LimsQuestionnaireEntry = (function () {
    'use strict';

    var ANSWERS = 'input.qn-answer';
    var FORM = 'entry';

    function answers() {
        return Array.prototype.slice.call(document.querySelectorAll(ANSWERS));
    }

    function isAnswer(element) {
        return element && element.matches && element.matches(ANSWERS);
    }

    function range(input) {
        return {min: parseInt(input.getAttribute('data-min'), 10), max: parseInt(input.getAttribute('data-max'), 10)};
    }

    /** Whether more digits after {@code value} could still give an answer in the range. */
    function canGrow(value, r) {
        for (var scale = 10; value * scale <= r.max; scale *= 10) {
            if (value * scale + scale - 1 >= r.min) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} is an answer in the range, or the start of one. */
    function acceptable(text, r) {
        if (!/^\d+$/.test(text) || (text.length > 1 && text.charAt(0) === '0')) {
            return false;
        }
        var value = parseInt(text, 10);
        return (value >= r.min && value <= r.max) || canGrow(value, r);
    }

    /** Whether {@code text} is an answer that no further digit could turn into another one. */
    function finished(text, r) {
        var value = parseInt(text, 10);
        return value >= r.min && value <= r.max && (value === 0 || !canGrow(value, r));
    }

    function focusItem(input) {
        input.focus({preventScroll: false});
        input.select();
    }

    /** The item {@code step} away; past the last one the reason (a correction) or the save button. */
    function move(from, step) {
        var all = answers();
        var index = all.indexOf(from) + step;
        if (index >= 0 && index < all.length) {
            focusItem(all[index]);
            return all[index];
        }
        if (index >= all.length) {
            var after = document.getElementById(FORM + ':reason') || document.getElementById(FORM + ':save');
            if (after) {
                after.focus();
            }
        }
        return null;
    }

    function refuse(input) {
        input.classList.remove('qn-refused');
        // read the layout so that the animation starts again on a second wrong key
        void input.offsetWidth;
        input.classList.add('qn-refused');
        var hint = document.getElementById('qn-hint');
        if (hint) {
            var r = range(input);
            hint.textContent = hint.getAttribute('data-text')
                .replace('{0}', input.getAttribute('data-item')).replace('{1}', r.min).replace('{2}', r.max);
        }
    }

    function save() {
        var button = document.getElementById(FORM + ':save');
        if (button && !button.disabled) {
            button.click();
        }
    }

    function typeDigit(input, digit) {
        var r = range(input);
        var selectedAll = input.selectionStart === 0 && input.selectionEnd === input.value.length;
        var candidate = (selectedAll ? '' : input.value) + digit;
        if (!acceptable(candidate, r)) {
            // a complete answer followed by a digit: the digit starts the item again
            candidate = digit;
        }
        if (!acceptable(candidate, r)) {
            refuse(input);
            return;
        }
        input.value = candidate;
        input.classList.remove('qn-refused');
        if (finished(candidate, r)) {
            move(input, 1);
        }
    }

    function onAnswerKey(event, input) {
        var key = event.key;
        if (/^\d$/.test(key)) {
            event.preventDefault();
            typeDigit(input, key);
        } else if (key === 'Backspace') {
            event.preventDefault();
            if (input.value !== '') {
                input.value = '';
            } else {
                var previous = move(input, -1);
                if (previous) {
                    previous.value = '';
                }
            }
        } else if (key === 'Delete') {
            event.preventDefault();
            input.value = '';
        } else if (key === 'ArrowLeft' || key === 'ArrowUp') {
            event.preventDefault();
            move(input, -1);
        } else if (key === 'ArrowRight' || key === 'ArrowDown' || key === ' ') {
            event.preventDefault();
            move(input, 1);
        } else if (key === 'Home' || key === 'End') {
            event.preventDefault();
            var all = answers();
            focusItem(key === 'Home' ? all[0] : all[all.length - 1]);
        } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
            event.preventDefault();
            refuse(input);
        }
    }

    function activates(element) {
        var tag = element && element.tagName;
        return tag === 'A' || tag === 'BUTTON' || tag === 'TEXTAREA';
    }

    document.addEventListener('keydown', function (event) {
        var target = event.target;
        var form = document.getElementById(FORM);
        if (!form || event.isComposing || !form.contains(target)) {
            return;
        }
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey || !activates(target))) {
            // before the date picker's own handlers, so that Enter in the date saves too
            event.preventDefault();
            event.stopPropagation();
            save();
            return;
        }
        if (isAnswer(target)) {
            onAnswerKey(event, target);
        } else if (event.key === 'Backspace' && (target.id === FORM + ':save'
                || (target.id === FORM + ':reason' && target.value === ''))) {
            // back from after the last item, as from any item
            event.preventDefault();
            var all = answers();
            if (all.length) {
                focusItem(all[all.length - 1]);
            }
        }
    }, true);

    // a paste or an input method: what is no valid answer is refused as a typed key would be
    document.addEventListener('input', function (event) {
        var input = event.target;
        if (isAnswer(input) && input.value !== '' && !acceptable(input.value.trim(), range(input))) {
            input.value = '';
            refuse(input);
        }
    });

    document.addEventListener('focusin', function (event) {
        if (isAnswer(event.target)) {
            event.target.select();
        }
    });

    /**
     * Where the nurse goes on: the first item the server refused; just after a save, the way back to
     * the due list; otherwise the first unanswered item.
     */
    function focusStart() {
        var refused = document.querySelector('[id="' + FORM + '"] input.ui-state-error');
        if (refused) {
            refused.focus();
            return;
        }
        var saved = document.querySelector('.qn-saved-messages .ui-messages-info');
        var back = document.getElementById('backToDue');
        if (saved && back) {
            // the message and the scores stay in sight
            back.focus({preventScroll: true});
            return;
        }
        var all = answers();
        var empty = all.filter(function (input) {
            return input.value === '';
        });
        if (empty.length || all.length) {
            focusItem(empty.length ? empty[0] : all[0]);
        }
    }

    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            if (document.querySelector('[id="' + FORM + '"] input.ui-state-error')) {
                focusStart();
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusStart);
    } else {
        focusStart();
    }

    return {focus: focusStart, save: save};
}());
