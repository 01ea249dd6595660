/* Lektion 1: two pages with a bookmark; completed when the last page is reached. Self-written. */
(function () {
  "use strict";
  var begonnen = Date.now();
  var seiten = ["seite-1", "seite-2"];
  var aktuell = 0;
  var verbunden = Lernpaket.start();

  function zeige(index) {
    seiten.forEach(function (id, i) {
      document.getElementById(id).hidden = i !== index;
    });
    aktuell = index;
    document.getElementById("stand").textContent = "Seite " + (index + 1) + " von " + seiten.length;
    document.getElementById("weiter").hidden = index === seiten.length - 1;
    if (verbunden) {
      Lernpaket.setzen("cmi.core.lesson_location", seiten[index]);
      if (index === seiten.length - 1) {
        Lernpaket.setzen("cmi.core.lesson_status", "completed");
      }
      Lernpaket.sichern();
    }
  }

  if (verbunden) {
    if (Lernpaket.lesen("cmi.core.lesson_status") === "not attempted") {
      Lernpaket.setzen("cmi.core.lesson_status", "incomplete");
    }
    var lesezeichen = seiten.indexOf(Lernpaket.lesen("cmi.core.lesson_location"));
    zeige(Lernpaket.lesen("cmi.core.entry") === "resume" && lesezeichen >= 0 ? lesezeichen : 0);
  } else {
    zeige(0);
  }

  document.getElementById("weiter").addEventListener("click", function () {
    zeige(Math.min(aktuell + 1, seiten.length - 1));
  });

  function beenden() {
    if (!verbunden) {
      return;
    }
    Lernpaket.setzen("cmi.core.session_time", Lernpaket.zeitspanne(Date.now() - begonnen));
    Lernpaket.setzen("cmi.core.exit", aktuell === seiten.length - 1 ? "" : "suspend");
    Lernpaket.beenden();
  }

  // pagehide fires reliably when a tab closes; unload does not
  window.addEventListener("pagehide", beenden);
}());
