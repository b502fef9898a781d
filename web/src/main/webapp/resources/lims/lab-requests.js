/* The pick and returns pages: a refused scan is heard as well as seen (a short low tone). */
var LabRequests = (function () {
    'use strict';
    return {
        beep: function () {
            try {
                var Audio = window.AudioContext || window.webkitAudioContext;
                var ctx = new Audio();
                var tone = ctx.createOscillator();
                var gain = ctx.createGain();
                tone.type = 'square';
                tone.frequency.value = 220;
                gain.gain.value = 0.15;
                tone.connect(gain);
                gain.connect(ctx.destination);
                tone.start();
                tone.stop(ctx.currentTime + 0.35);
            } catch (ignored) {
                // no sound on this machine; the red answer stays
            }
        }
    };
}());
