/* Lektion 2: three questions; reports interactions and the score, the platform's mastery score decides. */
(function () {
  "use strict";
  var begonnen = Date.now();
  var richtig = { f1: "a", f2: "b", f3: "c" };
  var verbunden = Lernpaket.start();

  document.getElementById("quiz").addEventListener("submit", function (event) {
    event.preventDefault();
    var punkte = 0;
    var namen = Object.keys(richtig);
    namen.forEach(function (name, i) {
      var gewaehlt = document.querySelector("input[name=" + name + "]:checked");
      var antwort = gewaehlt ? gewaehlt.value : "";
      if (antwort === richtig[name]) {
        punkte++;
      }
      if (verbunden) {
        Lernpaket.setzen("cmi.interactions." + i + ".id", "frage-" + (i + 1));
        Lernpaket.setzen("cmi.interactions." + i + ".type", "choice");
        Lernpaket.setzen("cmi.interactions." + i + ".correct_responses.0.pattern", richtig[name]);
        Lernpaket.setzen("cmi.interactions." + i + ".student_response", antwort);
        Lernpaket.setzen("cmi.interactions." + i + ".result", antwort === richtig[name] ? "correct" : "wrong");
      }
    });
    var prozent = Math.round(punkte * 100 / namen.length);
    document.getElementById("ergebnis").textContent = punkte + " von " + namen.length + " richtig (" + prozent + " %).";
    if (verbunden) {
      Lernpaket.setzen("cmi.core.score.min", 0);
      Lernpaket.setzen("cmi.core.score.max", 100);
      Lernpaket.setzen("cmi.core.score.raw", prozent);
      // no passed or failed here: the mastery score of the manifest decides on the platform
      Lernpaket.setzen("cmi.core.lesson_status", "completed");
      Lernpaket.sichern();
    }
  });

  window.addEventListener("pagehide", function () {
    if (verbunden) {
      Lernpaket.setzen("cmi.core.session_time", Lernpaket.zeitspanne(Date.now() - begonnen));
      Lernpaket.beenden();
    }
  });
}());
