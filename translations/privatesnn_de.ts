<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LabAccess</name>
    <message>
        <location filename="../app/bridge/labaccess.cpp" line="+35"/>
        <source>%1 is a file, not a lab folder.</source>
        <translation>%1 ist eine Datei, kein Lab-Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Choose the folder that holds the lab&apos;s lab.json, or an empty folder for a new lab.</source>
        <translation>Wählen Sie den Ordner, der die lab.json des Labs enthält, oder einen leeren Ordner für ein neues Lab.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The folder %1 holds other files but no lab (no lab.json).</source>
        <translation>Der Ordner %1 enthält andere Dateien, aber kein Lab (keine lab.json).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The settings of this lab are lost: lab.json and lab.json.bak are damaged and no step record holds them, so it cannot be run without recomputing its finished work.</source>
        <translation>Die Einstellungen dieses Labs sind verloren: lab.json und lab.json.bak sind beschädigt, und kein Schrittprotokoll enthält sie. Es kann daher nicht ausgeführt werden, ohne seine fertigen Schritte neu zu berechnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the lab&apos;s settings from the command line: privatesnn run --lab LAB --config FILE (finished steps whose settings match are kept).</source>
        <translation>Geben Sie die Einstellungen des Labs auf der Kommandozeile an: privatesnn run --lab LAB --config FILE (fertige Schritte mit passenden Einstellungen bleiben erhalten).</translation>
    </message>
</context>
<context>
    <name>LeakageText</name>
    <message>
        <location filename="../widgets/models/leakagetext.cpp" line="+51"/>
        <source>attack %1</source>
        <translation>Angriff %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attack 1 (ReLU re-conversion)</source>
        <translation>Angriff 1 (ReLU-Rückkonvertierung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack 1 (threshold-aware re-conversion)</source>
        <translation>Angriff 1 (schwellenbewusste Rückkonvertierung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack 2 (surrogate gradients)</source>
        <translation>Angriff 2 (Surrogatgradienten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transfer control (targeted PGD)</source>
        <translation>Transfer-Kontrolle (gezielter PGD)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ANN</source>
        <translation>ANN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNN</source>
        <translation>SNN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted SNN</source>
        <translation>verschlüsseltes SNN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real images</source>
        <translation>echte Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>initial noise</source>
        <translation>Anfangsrauschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>attack %1 on the ANN</source>
        <translation>Angriff %1 auf das ANN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack %1 on the SNN</source>
        <translation>Angriff %1 auf das SNN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack %1 on the encrypted SNN</source>
        <translation>Angriff %1 auf das verschlüsselte SNN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>real images (held out)</source>
        <translation>echte Bilder (zurückgehalten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>initial noise (where the attacks start)</source>
        <translation>Anfangsrauschen (Startpunkt der Angriffe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No judge classifier was given, so leakage cannot be decided for this row.</source>
        <translation>Es wurde kein Richter-Klassifikator angegeben, daher lässt sich für diese Zeile kein Leck feststellen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Judge %1 puts %2 of %3 images from %4 in their target class</source>
        <translation>Richter %1 ordnet %2 von %3 Bildern aus %4 ihrer Zielklasse zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The judge puts %1 of %2 images from %3 in their target class</source>
        <translation>Der Richter ordnet %1 von %2 Bildern aus %3 ihrer Zielklasse zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3 interval %4–%5; chance %6, one-sided binomial p = %7).</source>
        <translation>%1 (%2, %3-Intervall %4–%5; Zufall %6, einseitiger Binomialtest p = %7).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Judge %1 puts %2 there; the verdict is the two judges&apos; together (leaks when either says so, protected only when both do).</source>
        <translation>Richter %1 kommt dort auf %2; das Urteil ist das beider Richter zusammen (leckt, wenn einer es sagt, geschützt nur, wenn beide es sagen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole interval is more than 10 points above chance: the attack recovers what the classes look like, so this model leaks.</source>
        <translation>Das ganze Intervall liegt mehr als 10 Punkte über dem Zufall: Der Angriff stellt wieder her, wie die Klassen aussehen, also leckt dieses Modell.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole interval is above chance, but not more than 10 points above it: this model leaks, possibly only a little.</source>
        <translation>Das ganze Intervall liegt über dem Zufall, aber nicht mehr als 10 Punkte darüber: Dieses Modell leckt, womöglich nur wenig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Even the interval&apos;s upper end is within 10 points of chance: protected against this attacker budget (a stronger attacker may still succeed).</source>
        <translation>Selbst das obere Ende des Intervalls liegt höchstens 10 Punkte über dem Zufall: geschützt gegen dieses Angreiferbudget (ein stärkerer Angreifer kann dennoch Erfolg haben).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interval is too wide to decide either way: inconclusive.</source>
        <translation>Das Intervall ist zu breit, um in eine Richtung zu entscheiden: nicht eindeutig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the observed rate were the true one, %1 images would give 80 % power to show it leaks beyond the margin.</source>
        <translation>Wäre die beobachtete Rate die wahre, gäben %1 Bilder 80 % Teststärke, um zu zeigen, dass es über die Marge hinaus leckt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the observed rate were the true one, %1 images would give 80 % power to bound it within the margin.</source>
        <translation>Wäre die beobachtete Rate die wahre, gäben %1 Bilder 80 % Teststärke, um sie innerhalb der Marge einzugrenzen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encryption changed the judge accuracy by %1 points against the unencrypted SNN.</source>
        <translation>Die Verschlüsselung veränderte die Richtergenauigkeit gegenüber dem unverschlüsselten SNN um %1 Punkte.</translation>
    </message>
</context>
<context>
    <name>LoadErrorText</name>
    <message>
        <location filename="../app/bridge/loaderrortext.cpp" line="+35"/>
        <source>The model file &apos;%1&apos; was not found.</source>
        <translation>Die Modelldatei „%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path, or choose the file again.</source>
        <translation>Prüfen Sie den Pfad oder wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model file &apos;%1&apos; could not be read.</source>
        <translation>Die Modelldatei „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PrivateSNN archive &apos;%1&apos; cannot be opened.</source>
        <translation>Das PrivateSNN-Archiv „%1“ lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the archive again, or recreate it from its source model.</source>
        <translation>Kopieren Sie das Archiv erneut, oder erstellen Sie es aus seinem Quellmodell neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is neither a TorchScript model nor a PrivateSNN archive.</source>
        <translation>„%1“ ist weder ein TorchScript-Modell noch ein PrivateSNN-Archiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the model with torch.jit.save, or open a .psnn archive written by PrivateSNN Lab.</source>
        <translation>Speichern Sie das Modell mit torch.jit.save oder öffnen Sie ein von PrivateSNN Lab geschriebenes .psnn-Archiv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is incomplete or damaged.</source>
        <translation>„%1“ ist unvollständig oder beschädigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy or export the file again.</source>
        <translation>Kopieren oder exportieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; uses a layer that PrivateSNN Lab cannot convert.</source>
        <translation>„%1“ verwendet eine Schicht, die PrivateSNN Lab nicht konvertieren kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supported layers: Conv2d, Linear, ReLU, AvgPool2d, Dropout, Flatten and BatchNorm2d after a Conv2d.</source>
        <translation>Unterstützte Schichten: Conv2d, Linear, ReLU, AvgPool2d, Dropout, Flatten und BatchNorm2d nach einer Conv2d.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model &apos;%1&apos; could not be loaded.</source>
        <translation>Das Modell „%1“ konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>LibTorch could not read the model &apos;%1&apos;.</source>
        <translation>LibTorch konnte das Modell „%1“ nicht lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file may come from a newer PyTorch. Export it again with torch.jit.save from PyTorch 1.13 or older.</source>
        <translation>Die Datei stammt vielleicht aus einem neueren PyTorch. Exportieren Sie sie erneut mit torch.jit.save aus PyTorch 1.13 oder älter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough memory to load the model &apos;%1&apos;.</source>
        <translation>Der Speicher reicht nicht, um das Modell „%1“ zu laden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close other programs, or use a smaller model.</source>
        <translation>Schließen Sie andere Programme oder verwenden Sie ein kleineres Modell.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unexpected error stopped loading the model &apos;%1&apos;.</source>
        <translation>Ein unerwarteter Fehler hat das Laden des Modells „%1“ abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please report this, with the log, to the PrivateSNN Lab developers.</source>
        <translation>Bitte melden Sie dies mit dem Protokoll den Entwicklern von PrivateSNN Lab.</translation>
    </message>
</context>
<context>
    <name>MembershipText</name>
    <message>
        <location filename="../widgets/models/membershipcurves.cpp" line="+28"/>
        <source>leaks</source>
        <translation>leckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no evidence of leakage at this attacker budget</source>
        <translation>kein Hinweis auf Leckage bei diesem Angreiferbudget</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>membrane</source>
        <translation>Membran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spike counts</source>
        <translation>Spike-Anzahlen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
</context>
<context>
    <name>ModelSnapshot</name>
    <message>
        <location filename="../app/bridge/snapshotconversion.cpp" line="+34"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
</context>
<context>
    <name>PlotSaveMenu</name>
    <message>
        <location filename="../widgets/pages/plotsavemenu.cpp" line="+25"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Save Plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Right-click to save this plot as PNG or SVG</source>
        <translation>Rechtsklick speichert dieses Diagramm als PNG oder SVG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
</context>
<context>
    <name>PlotText</name>
    <message>
        <location filename="../widgets/plots/accuracyplot.cpp" line="+32"/>
        <location filename="../widgets/plots/layercharts.cpp" line="+107"/>
        <location line="+21"/>
        <source>Converted SNN</source>
        <translation>Konvertiertes SNN</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/plots/layercharts.cpp" line="-20"/>
        <location line="+21"/>
        <source>Encrypted SNN</source>
        <translation>Verschlüsseltes SNN</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../widgets/plots/layercharts.cpp" line="-2"/>
        <source>ANN</source>
        <translation>ANN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time steps T</source>
        <translation>Zeitschritte T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test accuracy (%)</source>
        <translation>Testgenauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/encryptionlossplot.cpp" line="+37"/>
        <source>Cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/plots/layercharts.cpp" line="-44"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+18"/>
        <location line="+12"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Firing threshold</source>
        <translation>Feuerschwelle</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Spikes per neuron per time step</source>
        <translation>Spikes pro Neuron und Zeitschritt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Energy per image (µJ)</source>
        <translation>Energie pro Bild (µJ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cosine similarity (left axis)</source>
        <translation>Kosinus-Ähnlichkeit (linke Achse)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cosine similarity</source>
        <translation>Kosinus-Ähnlichkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relative L2 change</source>
        <translation>Relative L2-Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative L2 change (right axis)</source>
        <translation>Relative L2-Änderung (rechte Achse)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plotexport.cpp" line="+30"/>
        <source>could not encode the PNG image</source>
        <translation>das PNG-Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <location filename="../widgets/plots/similarityheatmap.cpp" line="+40"/>
        <source>Class similarity</source>
        <translation>Klassenähnlichkeit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../widgets/plots/frontierplot.cpp" line="+251"/>
        <source>people (human judge), in their defence&apos;s colour</source>
        <translation>Menschen (menschlicher Prüfer), in der Farbe ihrer Abwehr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>chance (%1 %)</source>
        <translation>Zufall (%1 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chance + %1 points: &quot;protected&quot; needs the whole bar below this line</source>
        <translation>Zufall + %1 Punkte: „geschützt“ verlangt den ganzen Balken unter dieser Linie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy lost against the ANN (points, logarithmic beyond 0.1)</source>
        <translation>Genauigkeitsverlust gegenüber dem ANN (Punkte, ab 0,1 logarithmisch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy lost against the ANN (points)</source>
        <translation>Genauigkeitsverlust gegenüber dem ANN (Punkte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strongest attack: judge accuracy (%)</source>
        <translation>Stärkster Angriff: Prüfer-Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/rocplot.cpp" line="+17"/>
        <source>Chance (TPR = FPR)</source>
        <translation>Zufall (TPR = FPR)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>False-positive rate (non-members flagged)</source>
        <translation>Falsch-Positiv-Rate (als Mitglied markierte Nicht-Mitglieder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True-positive rate (members found)</source>
        <translation>Richtig-Positiv-Rate (gefundene Mitglieder)</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="+16"/>
        <source>LGPL-3.0</source>
        <translation>LGPL-3.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSD-3-Clause</source>
        <translation>BSD-3-Clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apache-2.0</source>
        <translation>Apache-2.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPL-3.0</source>
        <translation>GPL-3.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About PrivateSNN Lab</source>
        <translation>Über PrivateSNN Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;See, measure and stop class leakage in spiking neural networks.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Library&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Licence&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Klassen-Leckage in spikenden neuronalen Netzen sehen, messen und stoppen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Bibliothek&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Lizenz&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../app/report/accuracysection.cpp" line="+30"/>
        <source>ANN (teacher)</source>
        <translation>ANN (Lehrer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/report/activitysection.cpp" line="+49"/>
        <location filename="../app/report/energysection.cpp" line="+26"/>
        <location line="+69"/>
        <source>Converted SNN</source>
        <translation>Konvertiertes SNN</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/report/activitysection.cpp" line="+0"/>
        <location filename="../app/report/energysection.cpp" line="-69"/>
        <location line="+68"/>
        <source>Imported SNN</source>
        <translation>Importiertes SNN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported SNN before encryption</source>
        <translation>Importiertes SNN vor der Verschlüsselung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted SNN before encryption</source>
        <translation>Konvertiertes SNN vor der Verschlüsselung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/report/activitysection.cpp" line="+1"/>
        <location filename="../app/report/energysection.cpp" line="-66"/>
        <location line="+68"/>
        <source>Encrypted SNN</source>
        <translation>Verschlüsseltes SNN</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Not run: the networks have not been evaluated yet.</source>
        <translation>Nicht ausgeführt: Die Netze wurden noch nicht ausgewertet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/report/energysection.cpp" line="-74"/>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time steps</source>
        <translation>Zeitschritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change vs ANN</source>
        <translation>Änderung ggü. ANN</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location filename="../app/report/leakagesection.cpp" line="+35"/>
        <source>n/a</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top-1 accuracy on %1 evaluation images%2, used only to measure.</source>
        <translation>Top-1-Genauigkeit auf %1 Auswertungsbildern%2, nur zum Messen verwendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accuracy vs time steps</source>
        <translation>Genauigkeit über die Zeitschritte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run: no accuracy per time step has been recorded.</source>
        <translation>Nicht ausgeführt: Es wurde keine Genauigkeit pro Zeitschritt erfasst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accuracy after t time steps of the converted and the encrypted SNN; the dashed line is the ANN.</source>
        <translation>Genauigkeit nach t Zeitschritten für das konvertierte und das verschlüsselte SNN; die gestrichelte Linie ist das ANN.</translation>
    </message>
    <message>
        <location filename="../app/report/activitysection.cpp" line="-28"/>
        <source>Spike rates per layer</source>
        <translation>Spike-Raten pro Schicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run: spike rates have not been measured yet.</source>
        <translation>Nicht ausgeführt: Die Spike-Raten wurden noch nicht gemessen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spikes per neuron per time step on the evaluation images. Fewer spikes mean less energy.</source>
        <translation>Spikes pro Neuron und Zeitschritt auf den Auswertungsbildern. Weniger Spikes bedeuten weniger Energie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The input layer fires %1 spikes per pixel over T = %2 time steps, %3 per time step.</source>
        <translation>Die Eingabeschicht feuert %1 Spikes pro Pixel über T = %2 Zeitschritte, %3 pro Zeitschritt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The input layer fires %1 spikes per pixel over the whole time window.</source>
        <translation>Die Eingabeschicht feuert %1 Spikes pro Pixel über das ganze Zeitfenster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spike rate of each layer, converted vs encrypted SNN (logarithmic scale).</source>
        <translation>Spike-Rate jeder Schicht, konvertiertes vs. verschlüsseltes SNN (logarithmische Skala).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/report/conversionsection.cpp" line="+54"/>
        <location filename="../app/report/encryptionsection.cpp" line="+100"/>
        <location filename="../app/report/energysection.cpp" line="+71"/>
        <location filename="../app/report/modelsection.cpp" line="+58"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted / converted</source>
        <translation>Verschlüsselt / konvertiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypted / imported</source>
        <translation>Verschlüsselt / importiert</translation>
    </message>
    <message>
        <location filename="../app/report/conversionsection.cpp" line="-34"/>
        <source>Conversion: thresholds per layer</source>
        <translation>Konvertierung: Schwellen pro Schicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: the ANN has not been converted to an SNN yet.</source>
        <translation>Nicht ausgeführt: Das ANN wurde noch nicht in ein SNN konvertiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not converted: the spiking model was imported from %1 and is simulated at T = %2 time steps with these semantics (each with where it came from): %3.</source>
        <translation>Nicht konvertiert: Das spikende Modell wurde aus %1 importiert und wird bei T = %2 Zeitschritten mit dieser Semantik simuliert (jeweils mit ihrer Herkunft): %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Converted at T = %1 time steps from %2 synthetic images in %3; thresholds are the %4 activation per %5, scaled by %6.</source>
        <translation>Konvertiert bei T = %1 Zeitschritten aus %2 synthetischen Bildern in %3; die Schwellen sind die %4 Aktivierung pro %5, skaliert mit %6.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Threshold (mean over channels)</source>
        <translation>Schwelle (Mittel über die Kanäle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The conversion recorded no thresholds.</source>
        <translation>Die Konvertierung hat keine Schwellen erfasst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Firing threshold of each spiking layer.</source>
        <translation>Feuerschwelle jeder spikenden Schicht.</translation>
    </message>
    <message>
        <location filename="../app/report/encryptionsection.cpp" line="-77"/>
        <source>Spike-based training at T = %1 on %2 synthetic images for %3 of %4 planned epochs (%5); m = %6, τ = %7, learning rate %8, batch size %9.</source>
        <translation>Spike-basiertes Training bei T = %1 auf %2 synthetischen Bildern für %3 von %4 geplanten Epochen (%5); m = %6, τ = %7, Lernrate %8, Batchgröße %9.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logits of Eq. 6: %1 × the accumulated output membrane (factor fitted to the ANN&apos;s logits before training).</source>
        <translation>Logits von Gl. 6: %1 × die aufsummierte Ausgangsmembran (Faktor vor dem Training an die Logits des ANN angepasst).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logits of Eq. 6: %1 × the accumulated output membrane (rate decoding).</source>
        <translation>Logits von Gl. 6: %1 × die aufsummierte Ausgangsmembran (Ratendekodierung).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logits of Eq. 6: the accumulated output membrane as it is.</source>
        <translation>Logits von Gl. 6: die aufsummierte Ausgangsmembran unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole step took %1 (training, the evaluations around it and saving the model).</source>
        <translation>Der ganze Schritt dauerte %1 (Training, die Auswertungen davor und danach und das Speichern des Modells).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network&apos;s dropout layers were off during training (the paper keeps them on).</source>
        <translation>Die Dropout-Schichten des Netzes waren beim Training aus (das Paper lässt sie an).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed from the checkpoint of epoch %1.</source>
        <translation>Fortgesetzt vom Checkpoint der Epoche %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accuracy of the imported SNN at this T before encryption: %1.</source>
        <translation>Genauigkeit des importierten SNN bei diesem T vor der Verschlüsselung: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy of the converted SNN at this T before encryption: %1.</source>
        <translation>Genauigkeit des konvertierten SNN bei diesem T vor der Verschlüsselung: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total loss</source>
        <translation>Gesamtverlust</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eval accuracy</source>
        <translation>Auswertungsgenauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/report/provenancesection.cpp" line="+48"/>
        <location filename="../app/report/synthesissection.cpp" line="+28"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption losses per epoch: cross-entropy, distillation and their weighted total.</source>
        <translation>Verschlüsselungsverluste pro Epoche: Kreuzentropie, Destillation und ihre gewichtete Summe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weight drift</source>
        <translation>Gewichtsdrift</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cosine similarity</source>
        <translation>Kosinus-Ähnlichkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/report/studysection.cpp" line="+112"/>
        <source>Relative L2 change</source>
        <translation>Relative L2-Änderung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How far encryption moved each layer&apos;s weights from the converted SNN.</source>
        <translation>Wie weit die Verschlüsselung die Gewichte jeder Schicht vom konvertierten SNN entfernt hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: the SNN has not been encrypted yet.</source>
        <translation>Nicht ausgeführt: Das SNN wurde noch nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No finished epoch has been recorded.</source>
        <translation>Es wurde keine abgeschlossene Epoche erfasst.</translation>
    </message>
    <message>
        <location filename="../app/report/energysection.cpp" line="-71"/>
        <source>Energy per image</source>
        <translation>Energie pro Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relative to ANN</source>
        <translation>Relativ zum ANN</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>ANN</source>
        <translation>ANN</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: energy has not been estimated yet.</source>
        <translation>Nicht ausgeführt: Die Energie wurde noch nicht geschätzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated energy per image: each ANN multiply-accumulate costs %1 pJ, each SNN accumulate (one spike arriving at one synapse) costs %2 pJ.</source>
        <translation>Geschätzte Energie pro Bild: Jede Multiplikation-Addition des ANN kostet %1 pJ, jede Akkumulation des SNN (ein Spike, der an einer Synapse ankommt) %2 pJ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Per layer</source>
        <translation>Pro Schicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Energy per image of each layer: ANN vs converted and encrypted SNN.</source>
        <translation>Energie pro Bild für jede Schicht: ANN vs. konvertiertes und verschlüsseltes SNN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/report/modelsection.cpp" line="+1"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../app/report/leakagesection.cpp" line="+17"/>
        <source>The attack image grid %1 could not be read.</source>
        <translation>Das Bildraster %1 des Angriffs konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Images reconstructed by each attack, labelled with the class they were meant to show. Enlarged without smoothing.</source>
        <translation>Von jedem Angriff rekonstruierte Bilder, beschriftet mit der Klasse, die sie zeigen sollten. Ohne Glättung vergrößert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leakage</source>
        <translation>Leckage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: no attack has been measured yet.</source>
        <translation>Nicht ausgeführt: Es wurde noch kein Angriff gemessen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each attack reconstructs class images from a network. FID and KID compare them with %1 reference images in the feature space of the %2 (lower means closer to real images); the judge&apos;s accuracy says how often an independent network recognises the intended class (chance: %3).</source>
        <translation>Jeder Angriff rekonstruiert Klassenbilder aus einem Netz. FID und KID vergleichen sie mit %1 Referenzbildern im Merkmalsraum des %2 (niedriger heißt näher an echten Bildern); die Genauigkeit des Prüfers sagt, wie oft ein unabhängiges Netz die beabsichtigte Klasse erkennt (Zufall: %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>judge network</source>
        <translation>Prüfernetzes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A second judge (%1) scores the same images; a verdict says leaks when either judge&apos;s interval does and protected only when both do, each interval at half the error rate (Bonferroni).</source>
        <translation>Ein zweiter Richter (%1) bewertet dieselben Bilder; ein Urteil lautet „leckt“, wenn das Intervall eines der beiden Richter es sagt, und „geschützt“ nur, wenn beide es sagen, jedes Intervall zur halben Fehlerrate (Bonferroni).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The verdicts rest on one judge: no second judge was given (setting second_judge).</source>
        <translation>Die Urteile beruhen auf einem Richter: Es wurde kein zweiter Richter angegeben (Einstellung second_judge).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>KID (0 = real, 1 = noise)</source>
        <translation>KID (0 = echt, 1 = Rauschen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Judge 2 accuracy</source>
        <translation>Genauigkeit Richter 2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>KID (squared kernel distance between feature sets) is scaled as in the privacy-utility study: 0 = as far from the real images as held-out real images, 1 = as far as the attacks&apos; starting noise, with its standard deviation over subsets on the same scale; the CSV holds the raw values.</source>
        <translation>KID (quadrierter Kernabstand zwischen Merkmalsmengen) ist wie in der Privatsphäre-Nutzen-Studie skaliert: 0 = so weit von den echten Bildern entfernt wie zurückgehaltene echte Bilder, 1 = so weit wie das Startrauschen der Angriffe, mit seiner Standardabweichung über Teilmengen auf derselben Skala; die CSV-Datei enthält die Rohwerte.</translation>
    </message>
    <message>
        <location filename="../app/report/humansection.cpp" line="+23"/>
        <source>the lab&apos;s own attacks</source>
        <translation>die eigenen Angriffe des Labors</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rater</source>
        <translation>Bewertende Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images rated</source>
        <translation>Bewertete Bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t tell</source>
        <translation>Nicht erkennbar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Human judge</source>
        <translation>Menschliche Beurteilung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lab&apos;s rating sessions could not be read: %1</source>
        <translation>Die Bewertungssitzungen des Labors konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not rated: nobody has rated this lab&apos;s attack images yet (Attack page, &quot;Rate images&quot;; or privatesnn ratings --lab LAB --import FILE).</source>
        <translation>Nicht bewertet: Die Angriffsbilder dieses Labors hat noch niemand bewertet (Seite „Angriff“, „Bilder bewerten“; oder privatesnn ratings --lab LAB --import FILE).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do people recognise the classes in the attack images? Each rater saw the images one at a time, blind (no target class, no point, no attack), in an order shuffled across points and attacks, and named a class or answered &quot;can&apos;t tell&quot;, which counts as wrong. %1 rater(s) gave %2 answers on the lab&apos;s %3 attack images.</source>
        <translation>Erkennen Menschen die Klassen in den Angriffsbildern? Jede bewertende Person sah die Bilder einzeln und blind (ohne Zielklasse, Punkt oder Angriff) in einer über Punkte und Angriffe gemischten Reihenfolge und nannte eine Klasse oder antwortete „nicht erkennbar“, was als falsch zählt. %1 bewertende Person(en) gaben %2 Antworten zu den %3 Angriffsbildern des Labors.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/report/leakagesection.cpp" line="-37"/>
        <location filename="../app/report/membershipsection.cpp" line="+124"/>
        <location filename="../app/report/studysection.cpp" line="+120"/>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Human accuracy</source>
        <translation>Menschliche Trefferquote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exact interval</source>
        <translation>Exaktes Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaks to people</source>
        <translation>Verrät es Menschen?</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/report/studysection.cpp" line="+28"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/report/studysection.cpp" line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intervals are exact (Clopper–Pearson) at each point&apos;s family-wise %1 % level over its attacks (Bonferroni). Chance is %2 (%3 classes). Leaks to people: the interval lies above chance. The verdicts follow the study&apos;s rule with a margin of %4 points. An image rated by several people counts once per rating.</source>
        <translation>Die Intervalle sind exakt (Clopper–Pearson) auf dem familienweiten %1-%-Niveau jedes Punkts über seine Angriffe (Bonferroni). Zufall ist %2 (%3 Klassen). Verrät es Menschen: Das Intervall liegt über dem Zufall. Die Urteile folgen der Regel der Studie mit einer Marge von %4 Prozentpunkten. Ein von mehreren Personen bewertetes Bild zählt einmal je Bewertung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answers are about images that a later run of the attack made again; they are kept in the sessions but left out of these figures.</source>
        <translation>%1 Antworten betreffen Bilder, die ein späterer Lauf des Angriffs neu erzeugt hat; sie bleiben in den Sitzungen, zählen aber in diesen Zahlen nicht mit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement between the raters: Fleiss&apos; κ = %1 over the %2 images every rater answered (classes and &quot;can&apos;t tell&quot; as categories; 0 is chance agreement, 1 complete agreement).</source>
        <translation>Übereinstimmung der Bewertenden: Fleiss&apos; κ = %1 über die %2 Bilder, die alle beantwortet haben (Klassen und „nicht erkennbar“ als Kategorien; 0 ist zufällige, 1 vollständige Übereinstimmung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreement between raters needs at least two raters; this lab has one.</source>
        <translation>Die Übereinstimmung braucht mindestens zwei Bewertende; dieses Labor hat eine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement between the raters is undefined: %1 images were answered by every rater, all in one category or too few.</source>
        <translation>Die Übereinstimmung der Bewertenden ist nicht definiert: %1 Bilder wurden von allen beantwortet, alle in einer Kategorie oder zu wenige.</translation>
    </message>
    <message>
        <location filename="../app/report/leakagesection.cpp" line="+1"/>
        <location filename="../app/report/membershipsection.cpp" line="-2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/report/synthesissection.cpp" line="-1"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FID</source>
        <translation>FID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KID × 10³</source>
        <translation>KID × 10³</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/report/studysection.cpp" line="-144"/>
        <source>Judge accuracy</source>
        <translation>Prüfer-Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge confidence</source>
        <translation>Prüfer-Konfidenz</translation>
    </message>
    <message>
        <location filename="../app/report/humansection.cpp" line="-42"/>
        <location filename="../app/report/leakagesection.cpp" line="+1"/>
        <location filename="../app/report/membershipsection.cpp" line="+9"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../app/report/leakagesection.cpp" line="+34"/>
        <source>KID (squared kernel distance between feature sets; 0 = same distribution) is shown × 1000 with its standard deviation over subsets; the CSV holds the unscaled values.</source>
        <translation>KID (quadrierter Kernabstand zwischen Merkmalsmengen; 0 = gleiche Verteilung) ist × 1000 mit seiner Standardabweichung über Teilmengen angegeben; die CSV-Datei enthält die unskalierten Werte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reconstructed images</source>
        <translation>Rekonstruierte Bilder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verdict per attack</source>
        <translation>Urteil pro Angriff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not run: no leakage verdict has been recorded yet.</source>
        <translation>Nicht ausgeführt: Es wurde noch kein Leckage-Urteil erfasst.</translation>
    </message>
    <message>
        <location filename="../app/report/humansection.cpp" line="-2"/>
        <location filename="../app/report/modelsection.cpp" line="-29"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/report/modelsection.cpp" line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/report/provenancesection.cpp" line="+3"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <location filename="../app/report/provenancesection.cpp" line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>MACs per image</source>
        <translation>MACs pro Bild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge network</source>
        <translation>Prüfernetz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge SHA-256</source>
        <translation>SHA-256 des Prüfers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The results file lists no layers for this model.</source>
        <translation>Die Ergebnisdatei enthält keine Schichten für dieses Modell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output shape</source>
        <translation>Ausgabeform</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data-free proof</source>
        <translation>Nachweis der Datenfreiheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: no step has recorded its inputs yet.</source>
        <translation>Nicht ausgeführt: Noch kein Schritt hat seine Eingaben erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What each step that builds a network was given, as recorded by the pipeline. None of them may see training or evaluation images; that is the point of the method.</source>
        <translation>Was jeder Schritt, der ein Netz erzeugt, bekommen hat, wie von der Pipeline erfasst. Keiner darf Trainings- oder Auswertungsbilder sehen; das ist der Kern der Methode.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/report/provenancesection.cpp" line="-4"/>
        <location line="+4"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>Bekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthesize images</source>
        <translation>Bilder synthetisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert ANN to SNN</source>
        <translation>ANN in SNN konvertieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt SNN</source>
        <translation>SNN verschlüsseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No evaluation data was used.</source>
        <translation>Es wurden keine Auswertungsdaten verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evaluation data, used only to measure:</source>
        <translation>Auswertungsdaten, nur zum Messen verwendet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <location filename="../app/report/pdfrenderer.cpp" line="+27"/>
        <location filename="../app/report/reportcontext.cpp" line="+109"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>the PDF writer could not start</source>
        <translation>der PDF-Writer konnte nicht starten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/report/provenancesection.cpp" line="-6"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inputs and outputs</source>
        <translation>Ein- und Ausgaben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Configuration and provenance</source>
        <translation>Konfiguration und Herkunft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded: no step has written its configuration and provenance yet.</source>
        <translation>Nicht erfasst: Noch kein Schritt hat seine Konfiguration und Herkunft geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report drawn with</source>
        <translation>Bericht erstellt mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/report/studysection.cpp" line="-5"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontext.cpp" line="-69"/>
        <location filename="../app/report/reportwriter.cpp" line="+84"/>
        <location filename="../app/report/summarysection.cpp" line="+119"/>
        <source>PrivateSNN Lab report</source>
        <translation>PrivateSNN-Lab-Bericht</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>Cannot write the plot %1: %2</source>
        <translation>Das Diagramm %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the image %1: %2</source>
        <translation>Das Bild %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="-59"/>
        <source>Writing a report needs a QApplication (the plots are drawn with widgets); create a psnn::ReportApplication first.</source>
        <translation>Ein Bericht braucht eine QApplication (die Diagramme werden mit Widgets gezeichnet); legen Sie zuerst eine psnn::ReportApplication an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing a report must happen on the application&apos;s main thread.</source>
        <translation>Ein Bericht muss im Haupt-Thread der Anwendung geschrieben werden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot create the report folder %1.</source>
        <translation>Der Berichtsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/report/summarysection.cpp" line="+1"/>
        <source>PrivateSNN Lab report: %1</source>
        <translation>PrivateSNN-Lab-Bericht: %1</translation>
    </message>
    <message>
        <location filename="../app/report/resultsfile.cpp" line="+22"/>
        <source>The lab folder %1 does not exist.</source>
        <translation>Der Lab-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not exist: the lab has no results yet. Run the pipeline on this lab first.</source>
        <translation>%1 existiert nicht: Das Lab hat noch keine Ergebnisse. Führen Sie zuerst die Pipeline für dieses Lab aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <location filename="../app/report/summarysection.cpp" line="-100"/>
        <location line="+42"/>
        <source>ANN %1</source>
        <translation>ANN %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+42"/>
        <source>converted SNN %1</source>
        <translation>konvertiertes SNN %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>imported SNN %1</source>
        <translation>importiertes SNN %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>encrypted SNN %1</source>
        <translation>verschlüsseltes SNN %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Accuracy: %1, on %2 evaluation images.</source>
        <translation>Genauigkeit: %1, auf %2 Auswertungsbildern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+59"/>
        <source>synthesis</source>
        <translation>Synthese</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>conversion</source>
        <translation>Konvertierung</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+60"/>
        <source>encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 was given %2</source>
        <translation>%1 bekam %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data-free: %1.</source>
        <translation>Datenfrei: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The evaluation data (%1) was used only to measure: %2.</source>
        <translation>Die Auswertungsdaten (%1) wurden nur zum Messen verwendet: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (%1 the ANN)</source>
        <translation> (%1 des ANN)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Energy per image: %1.</source>
        <translation>Energie pro Bild: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 on the %2: %3 (p = %4).</source>
        <translation>%1 gegen das %2: %3 (p = %4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leakage was measured, but no verdict was recorded.</source>
        <translation>Die Leckage wurde gemessen, aber es wurde kein Urteil erfasst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accuracy evaluation</source>
        <translation>Genauigkeitsauswertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leakage attacks</source>
        <translation>Leckage-Angriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spike-rate measurement</source>
        <translation>Spike-Raten-Messung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energy estimate</source>
        <translation>Energieschätzung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run yet: %1.</source>
        <translation>Noch nicht ausgeführt: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lab %1 · profile %2 · results of %3 · report written %4</source>
        <translation>Lab %1 · Profil %2 · Ergebnisse vom %3 · Bericht erstellt %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/report/synthesissection.cpp" line="+0"/>
        <source>Per class</source>
        <translation>Pro Klasse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optimisation steps</source>
        <translation>Optimierungsschritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher agreement</source>
        <translation>Lehrer-Übereinstimmung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean loss</source>
        <translation>Mittlerer Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diversity</source>
        <translation>Vielfalt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teacher agreement: share of synthetic images the teacher assigns to the class they were made for.</source>
        <translation>Lehrer-Übereinstimmung: Anteil der synthetischen Bilder, die der Lehrer der Klasse zuordnet, für die sie erzeugt wurden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Class similarity</source>
        <translation>Klassenähnlichkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded: the synthesis step stored no class similarity.</source>
        <translation>Nicht erfasst: Der Syntheseschritt hat keine Klassenähnlichkeit gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Similarity between the synthetic images of each pair of classes (row: class, column: class). High values off the diagonal mean the teacher&apos;s classes are hard to tell apart without data.</source>
        <translation>Ähnlichkeit zwischen den synthetischen Bildern jedes Klassenpaars (Zeile: Klasse, Spalte: Klasse). Hohe Werte abseits der Diagonale heißen, dass die Klassen des Lehrers ohne Daten schwer zu unterscheiden sind.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samples by class</source>
        <translation>Beispiele nach Klasse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recorded: the synthesis step stored no sample images.</source>
        <translation>Nicht erfasst: Der Syntheseschritt hat keine Beispielbilder gespeichert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Synthetic images made from the teacher&apos;s weights alone, enlarged without smoothing so every pixel stays visible.</source>
        <translation>Synthetische Bilder allein aus den Gewichten des Lehrers, ohne Glättung vergrößert, damit jedes Pixel sichtbar bleibt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n sample image(s) listed in results.json could not be read.</source>
        <translation>
            <numerusform>%n in results.json aufgeführtes Beispielbild konnte nicht gelesen werden.</numerusform>
            <numerusform>%n in results.json aufgeführte Beispielbilder konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Synthetic images</source>
        <translation>Synthetische Bilder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: no images have been synthesized from the teacher yet.</source>
        <translation>Nicht ausgeführt: Aus dem Lehrer wurden noch keine Bilder synthetisiert.</translation>
    </message>
    <message>
        <location filename="../app/report/verdicts.cpp" line="+34"/>
        <source>no verdict recorded</source>
        <translation>kein Urteil erfasst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The judge network recognised the intended class of %1 of the %2 reconstructed images (chance: %3).</source>
        <translation>Das Prüfernetz erkannte die beabsichtigte Klasse bei %1 der %2 rekonstruierten Bilder (Zufall: %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The second judge network recognised %1 of them.</source>
        <translation>Das zweite Richternetz erkannte %1 davon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule: %1; p = %2.</source>
        <translation>Regel: %1; p = %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 against the %2 %3.</source>
        <translation>%1 gegen das %2: %3.</translation>
    </message>
    <message>
        <location filename="../app/report/humansection.cpp" line="-51"/>
        <location filename="../app/report/membershipsection.cpp" line="-100"/>
        <location line="+1"/>
        <location filename="../app/report/studysection.cpp" line="-86"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../app/report/membershipsection.cpp" line="+6"/>
        <source>%1, %2 → %3: AUC changes by %4 (%5 % paired bootstrap interval %6 to %7).</source>
        <translation>%1, %2 → %3: Die AUC ändert sich um %4 (gepaartes %5-%-Bootstrap-Intervall %6 bis %7).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RMIA per class: members found at the 1 % FPR threshold of all records (exact intervals in LAB/membership/per_class.csv).</source>
        <translation>RMIA pro Klasse: gefundene Mitglieder bei der Schwelle für 1 % FPR über alle Datensätze (exakte Intervalle in LAB/membership/per_class.csv).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Membership inference</source>
        <translation>Mitgliedschaftsinferenz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lab&apos;s membership audit (%1) was made with models the lab no longer holds, or cannot be read: run privatesnn membership --lab LAB again.</source>
        <translation>Das Mitgliedschafts-Audit des Labs (%1) wurde mit Modellen erstellt, die das Lab nicht mehr enthält, oder kann nicht gelesen werden: Führen Sie privatesnn membership --lab LAB erneut aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: no membership audit in this lab (privatesnn membership --lab LAB).</source>
        <translation>Nicht ausgeführt: kein Mitgliedschafts-Audit in diesem Lab (privatesnn membership --lab LAB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Can an attacker who sees only a network&apos;s outputs tell whether a record was in the teacher&apos;s training data? %1 members (%2) and %3 non-members (%4), class-balanced; loss attack, offline LiRA and offline RMIA with %5 reference models of the teacher&apos;s architecture, each trained %6 epochs on half of a pool of %7 records.</source>
        <translation>Kann ein Angreifer, der nur die Ausgaben eines Netzes sieht, erkennen, ob ein Datensatz in den Trainingsdaten des Lehrers war? %1 Mitglieder (%2) und %3 Nicht-Mitglieder (%4), klassenbalanciert; Verlustangriff, Offline-LiRA und Offline-RMIA mit %5 Referenzmodellen mit der Architektur des Lehrers, jedes %6 Epochen lang auf der Hälfte eines Pools von %7 Datensätzen trainiert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ROC of each attack on log-log axes (the ANN&apos;s logits, the SNNs&apos; summed output membrane); the low false-positive corner is what an attacker can use.</source>
        <translation>ROC jedes Angriffs auf doppelt logarithmischen Achsen (die Logits des ANN, die aufsummierte Ausgangsmembran der SNNs); nutzen kann ein Angreifer die Ecke mit wenigen Falsch-Positiven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % interval</source>
        <translation>%1-%-Intervall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readout</source>
        <translation>Auslese</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AUC on misclassified records</source>
        <translation>AUC auf falsch klassifizierten Datensätzen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>AUC interval: stratified bootstrap; TPR interval: exact (Clopper-Pearson). %1 non-members allow %2 false positives at 1 % FPR.</source>
        <translation>AUC-Intervall: stratifizierter Bootstrap; TPR-Intervall: exakt (Clopper-Pearson). %1 Nicht-Mitglieder erlauben %2 Falsch-Positive bei 1 % FPR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>* Too few non-members to resolve 0.1 % FPR (it needs at least 1,000).</source>
        <translation>* Zu wenige Nicht-Mitglieder, um 0,1 % FPR aufzulösen (dafür sind mindestens 1.000 nötig).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Per-class figures, the misclassified slice, the T sweep and every record&apos;s score: LAB/membership/*.csv. Time: %1 (reference models %2).</source>
        <translation>Werte pro Klasse, die falsch klassifizierten Datensätze, der Durchlauf über T und der Score jedes Datensatzes: LAB/membership/*.csv. Zeit: %1 (Referenzmodelle %2).</translation>
    </message>
    <message>
        <location filename="../app/report/studysection.cpp" line="+8"/>
        <source>How much encryption is enough?</source>
        <translation>Wie viel Verschlüsselung reicht?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lab&apos;s study could not be read: %1</source>
        <translation>Die Studie dieses Labs ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run: no privacy-utility study in this lab (privatesnn study --lab LAB).</source>
        <translation>Nicht ausgeführt: keine Privatsphäre-Nutzen-Studie in diesem Lab (privatesnn study --lab LAB).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same converted SNN defended at several strengths: encryption (the paper&apos;s spike-based training with distillation) at growing doses, Gaussian noise with the same per-layer weight drift as each encryption dose, and distillation into the same SNN from a random initialisation. Each point is attacked by the ReLU re-conversion (attack 1), a re-conversion that clips each layer at its threshold, and surrogate gradients (attack 2), and each attack&apos;s images are scored by every judge.</source>
        <translation>Dasselbe konvertierte SNN, unterschiedlich stark verteidigt: Verschlüsselung (das spikebasierte Training mit Destillation aus dem Paper) in steigenden Dosen, Gaußsches Rauschen mit derselben Gewichtsdrift je Schicht wie jede Verschlüsselungsdosis und Destillation in dasselbe SNN aus einer Zufallsinitialisierung. Jeder Punkt wird mit der ReLU-Rückkonvertierung (Angriff 1), einer Rückkonvertierung, die jede Schicht an ihrer Schwelle begrenzt, und Ersatzgradienten (Angriff 2) angegriffen, und jeder Prüfer bewertet die Bilder jedes Angriffs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Further defences from the model-inversion literature, at the same restart seeds and attacks: the first k weight layers re-initialised and distilled with the rest frozen (early layers carry most of what inversion exploits), negative label smoothing of the distillation targets (positive smoothing is known to help inversion), and weights quantised to k bits per layer without training.</source>
        <translation>Weitere Abwehren aus der Literatur zur Modellinversion, mit denselben Neustart-Seeds und Angriffen: die ersten k Gewichtsschichten neu initialisiert und destilliert, der Rest eingefroren (frühe Schichten tragen das meiste dessen, was Inversion ausnutzt), negatives Label Smoothing der Destillationsziele (positives Smoothing hilft bekanntlich der Inversion) und Gewichte ohne Training auf k Bit je Schicht quantisiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two controls show what the scoring credits without inversion; they defend nothing and are drawn as stars. The transfer control nudges real images of other classes toward each class within a small budget (targeted PGD on the undefended network): the judge accuracy it reaches is what adversarial transfer alone buys. The random-network control runs the same attacks on a network of the same shape with random weights, converted like the real one: without class knowledge its images must score about chance, or the scoring itself is broken.</source>
        <translation>Zwei Kontrollen zeigen, was die Bewertung ohne Inversion anerkennt; sie schützen nichts und sind als Sterne eingezeichnet. Die Transfer-Kontrolle schiebt echte Bilder anderer Klassen mit kleinem Budget in Richtung jeder Klasse (gezielter PGD auf dem ungeschützten Netz): die Richtergenauigkeit, die sie erreicht, ist das, was adversarialer Transfer allein bringt. Die Zufallsnetz-Kontrolle führt dieselben Angriffe auf einem Netz derselben Form mit Zufallsgewichten aus, konvertiert wie das echte: ohne Klassenwissen müssen seine Bilder etwa Zufallsniveau erreichen, sonst ist die Bewertung selbst fehlerhaft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verdicts come from each judge&apos;s exact (Clopper–Pearson) interval at the family-wise %1 % level: with F tests at a point (its attacks × judges), each interval is at 1 − %2/F (Bonferroni), so the strongest of several attacks cannot leak by chance alone. Leaks: the interval lies more than %3 points above chance; leaks within the margin: above chance, but not more than %3 points; protected against this attacker budget: its upper end is at most %3 points above chance; otherwise inconclusive. An attack leaks when any judge says so and is protected only when every judge says so; a point likewise over its attacks. An open verdict gives the images (whole restarts of every class) at which the interval would reach a verdict with 80 % power if the observed rate were the true one.</source>
        <translation>Die Urteile stammen aus dem exakten (Clopper-Pearson-)Intervall jedes Prüfers auf dem familienweisen %1-%-Niveau: Bei F Tests an einem Punkt (seine Angriffe × Prüfer) liegt jedes Intervall bei 1 − %2/F (Bonferroni), sodass der stärkste von mehreren Angriffen nicht allein durch Zufall leckt. Leckt: Das Intervall liegt mehr als %3 Punkte über dem Zufall; leckt innerhalb der Marge: über dem Zufall, aber nicht mehr als %3 Punkte; geschützt gegen dieses Angreiferbudget: sein oberes Ende liegt höchstens %3 Punkte über dem Zufall; sonst nicht entscheidbar. Ein Angriff leckt, wenn ein Prüfer es sagt, und ist nur geschützt, wenn jeder Prüfer es sagt; ein Punkt ebenso über seine Angriffe. Ein offenes Urteil nennt die Bilder (ganze Neustarts jeder Klasse), bei denen das Intervall mit 80 % Teststärke ein Urteil erreichen würde, wenn die beobachtete Rate die wahre wäre.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Defence</source>
        <translation>Verteidigung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNN accuracy</source>
        <translation>SNN-Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-converted ANN</source>
        <translation>Rückkonvertiertes ANN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strongest attack</source>
        <translation>Stärkster Angriff</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+117"/>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Each trained or noised point is built with several defence seeds (each its own network or noise direction, all attacked with the same restart seeds); the accuracies are the seeds&apos; means. Judge accuracy is the first judge&apos;s on the strongest attack, pooled over seeds; its 95 % interval is exact on the pooled counts divided by their design effect (the seeds&apos; spread against the restarts&apos;, widened by t for few seeds), and the bootstrap resamples seeds, then restarts within each class (the classes are the population, not a sample). The family-wise interval is the one the point&apos;s verdict rests on. McNemar p compares the strongest attack&apos;s images pair by pair with the same attack on the undefended SNN. KID (the headline distance, with its standard error) and FID are normalised between real images held out of the reference set (0) and the attacks&apos; initial noise (1). Every attack of every point: study_attacks.csv and LAB/study/study.csv.</source>
        <translation>Jeder trainierte oder verrauschte Punkt wird mit mehreren Verteidigungs-Seeds gebaut (jeder ein eigenes Netz oder eine eigene Rauschrichtung, alle mit denselben Neustart-Seeds angegriffen); die Genauigkeiten sind die Mittel über die Seeds. Die Prüfer-Genauigkeit ist die des ersten Prüfers beim stärksten Angriff, über die Seeds gepoolt; ihr 95-%-Intervall ist exakt auf den gepoolten Zählungen, geteilt durch ihren Designeffekt (die Streuung der Seeds gegenüber der der Neustarts, für wenige Seeds mit t verbreitert), und der Bootstrap zieht Seeds und dann Neustarts innerhalb jeder Klasse neu (die Klassen sind die Grundgesamtheit, keine Stichprobe). Das familienweise Intervall ist das, auf dem das Urteil des Punkts beruht. McNemar-p vergleicht die Bilder des stärksten Angriffs Paar für Paar mit demselben Angriff auf das unverteidigte SNN. KID (das Leitmaß, mit seinem Standardfehler) und FID sind zwischen echten, aus der Referenzmenge herausgehaltenen Bildern (0) und dem Anfangsrauschen der Angriffe (1) normiert. Jeder Angriff jedes Punkts: study_attacks.csv und LAB/study/study.csv.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Distances are measured in the first judge&apos;s features (a file written before the feature extractor was recorded).</source>
        <translation>Die Abstände werden in den Merkmalen des ersten Prüfers gemessen (eine Datei, die geschrieben wurde, bevor der Merkmalsextraktor festgehalten wurde).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distances are measured in: %1 — never in the attacked teacher&apos;s features.</source>
        <translation>Die Abstände werden gemessen in: %1 – nie in den Merkmalen des angegriffenen Lehrers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second</source>
        <translation>Zweiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact p</source>
        <translation>Exaktes p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At equal accuracy loss</source>
        <translation>Bei gleichem Genauigkeitsverlust</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 points</source>
        <translation>%1 bis %2 Punkte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paired comparisons (judge accuracy of the first minus the second, the first point&apos;s strongest attack): each defended point against the undefended one, and each encryption dose against the noise with its drift. The interval is Agresti and Min&apos;s adjusted Wald interval for matched pairs and, like p (exact McNemar), uses the counts divided by their design effect over seeds. A comparison is at equal accuracy loss only where the two points lose within one point of each other; otherwise it compares defences at different costs. Every attack: study_comparisons.csv.</source>
        <translation>Gepaarte Vergleiche (Prüfer-Genauigkeit des ersten minus die des zweiten, beim stärksten Angriff des ersten Punkts): jeder verteidigte Punkt gegen den unverteidigten und jede Verschlüsselungsdosis gegen das Rauschen mit ihrer Drift. Das Intervall ist das angepasste Wald-Intervall von Agresti und Min für gepaarte Anteile und verwendet wie p (exakter McNemar-Test) die Zählungen, geteilt durch ihren Designeffekt über die Seeds. Ein Vergleich ist nur dann einer bei gleichem Genauigkeitsverlust, wenn beide Punkte höchstens einen Punkt auseinander verlieren; sonst vergleicht er Verteidigungen zu verschiedenen Kosten. Jeder Angriff: study_comparisons.csv.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Family-wise interval</source>
        <translation>Familienweises Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict of the point</source>
        <translation>Urteil des Punkts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People (exact interval)</source>
        <translation>Menschen (exaktes Intervall)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Second judge</source>
        <translation>Zweiter Prüfer</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Privacy-utility frontier: accuracy lost against the ANN and the strongest attack&apos;s judge accuracy with its 95 % interval, one curve per defence; stars: the controls.</source>
        <translation>Privatsphäre-Nutzen-Front: gegenüber dem ANN verlorene Genauigkeit und die Richtergenauigkeit des stärksten Angriffs mit ihrem 95-%-Intervall, eine Kurve je Abwehr; Sterne: die Kontrollen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled triangles (&quot;people&quot;): the human judge&apos;s accuracy over all of a point&apos;s rated attack images, with its exact 95 % interval, in the colour of the point&apos;s defence.</source>
        <translation>Gefüllte Dreiecke („Menschen“): die menschliche Trefferquote über alle bewerteten Angriffsbilder eines Punkts, mit exaktem 95-%-Intervall, in der Farbe der Abwehr des Punkts.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bootstrap (seeds, restarts)</source>
        <translation>Bootstrap (Seeds, Neustarts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judges agree</source>
        <translation>Prüfer einig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KID (0 real, 1 noise)</source>
        <translation>KID (0 echt, 1 Rauschen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FID (0 real, 1 noise)</source>
        <translation>FID (0 echt, 1 Rauschen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>McNemar p</source>
        <translation>McNemar-p</translation>
    </message>
    <message>
        <location filename="../app/report/htmlwriter.cpp" line="+168"/>
        <source>Part %1 of %2 of this table, split to fit the page (the HTML report shows it whole).</source>
        <translation>Teil %1 von %2 dieser Tabelle, geteilt, damit sie auf die Seite passt (der HTML-Bericht zeigt sie ganz).</translation>
    </message>
</context>
<context>
    <name>RunFailureText</name>
    <message>
        <location filename="../app/bridge/runfailuretext.cpp" line="+29"/>
        <source>The pipeline stopped.</source>
        <translation>Die Pipeline wurde angehalten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The step &apos;%1&apos; failed.</source>
        <translation>Der Schritt „%1“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the model and evaluation data paths on the Load page.</source>
        <translation>Prüfen Sie die Pfade zu Modell und Auswertungsdaten auf der Seite „ANN laden“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a lab folder you can write to (File ▸ New Lab).</source>
        <translation>Wählen Sie einen beschreibbaren Lab-Ordner (Datei ▸ Neues Lab).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower the learning rate or the step size and run again.</source>
        <translation>Verringern Sie die Lernrate oder die Schrittweite und führen Sie erneut aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Lower the batch size or the number of time steps, or close other programs.</source>
        <translation>Verringern Sie die Batchgröße oder die Zahl der Zeitschritte, oder schließen Sie andere Programme.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Change the settings named above and run again; finished steps are kept.</source>
        <translation>Ändern Sie die oben genannten Einstellungen und führen Sie erneut aus; fertige Schritte bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>LibTorch refused an operation. Try smaller settings; if it persists, report it with the log.</source>
        <translation>LibTorch hat eine Operation abgelehnt. Versuchen Sie kleinere Einstellungen; bleibt der Fehler, melden Sie ihn mit dem Protokoll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough memory.</source>
        <translation>Der Speicher reicht nicht aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please report this, with the log, to the PrivateSNN Lab developers.</source>
        <translation>Bitte melden Sie dies mit dem Protokoll den Entwicklern von PrivateSNN Lab.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/labmodel/src/settings_catalogue_table.cpp" line="+122"/>
        <location line="+4"/>
        <location line="+45"/>
        <location line="+48"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Images per class</source>
        <translation>Bilder pro Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many synthetic images to make for each class (paper: 1000; demo: 50).</source>
        <translation>Wie viele synthetische Bilder pro Klasse erzeugt werden (Paper: 1000; Demo: 50).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimisation steps</source>
        <translation>Optimierungsschritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam steps per batch of images (paper: 200).</source>
        <translation>Adam-Schritte pro Bild-Batch (Paper: 200).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Images optimised together; larger is faster but needs more memory (paper: 100).</source>
        <translation>Gemeinsam optimierte Bilder; größer ist schneller, braucht aber mehr Speicher (Paper: 100).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Adam&apos;s step size on the image pixels (paper: 0.05).</source>
        <translation>Adams Schrittweite auf den Bildpixeln (Paper: 0,05).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Temperature τ</source>
        <translation>Temperatur τ</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The loss compares softmax(z / τ) with the soft label (paper: 20).</source>
        <translation>Der Verlust vergleicht softmax(z / τ) mit dem weichen Label (Paper: 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dirichlet β</source>
        <translation>Dirichlet-β</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scales the class-similarity row into the Dirichlet concentration: small β gives peaked, varied targets (paper: 1.0).</source>
        <translation>Skaliert die Zeile der Klassenähnlichkeit zur Dirichlet-Konzentration: Ein kleines β ergibt spitze, abwechslungsreiche Ziele (Paper: 1,0).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Maximum input current (Algorithm 1)</source>
        <translation>Maximaler Eingangsstrom (Algorithmus 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High percentile (robust to outliers)</source>
        <translation>Hohes Perzentil (robust gegen Ausreißer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold statistic</source>
        <translation>Schwellenstatistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which statistic of each layer&apos;s input current becomes its threshold.</source>
        <translation>Welche Statistik des Eingangsstroms einer Schicht zu ihrer Schwelle wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threshold scale</source>
        <translation>Schwellenskalierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiplies every balanced threshold; below 1 lets low T reach the ANN&apos;s accuracy (paper: 0.7).</source>
        <translation>Multipliziert jede abgeglichene Schwelle; unter 1 erreicht auch ein kleines T die Genauigkeit des ANN (Paper: 0,7).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>time steps</source>
        <translation>Zeitschritte</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Time steps T</source>
        <translation>Zeitschritte T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation length while balancing thresholds and measuring (paper: 100; demo: 30).</source>
        <translation>Simulationslänge beim Abgleichen der Schwellen und beim Messen (Paper: 100; Demo: 30).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes over the synthetic images (paper: 20). The learning rate drops tenfold at 50 % and 70 %.</source>
        <translation>Durchläufe über die synthetischen Bilder (Paper: 20). Die Lernrate fällt bei 50 % und 70 % jeweils auf ein Zehntel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images per training step (paper: 64; memory grows with batch × T).</source>
        <translation>Bilder pro Trainingsschritt (Paper: 64; der Speicher wächst mit Batch × T).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adam&apos;s learning rate (paper: 1e-4).</source>
        <translation>Lernrate von Adam (Paper: 1e-4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distillation weight m</source>
        <translation>Destillationsgewicht m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eq. 6: loss = (1 − m) · CE + m · τ² · KD (paper: 0.7).</source>
        <translation>Gl. 6: Verlust = (1 − m) · CE + m · τ² · KD (Paper: 0,7).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softens the ANN&apos;s and the SNN&apos;s outputs in the distillation term (paper: 20).</source>
        <translation>Glättet die Ausgaben von ANN und SNN im Destillationsterm (Paper: 20).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accumulated membrane, scaled to the ANN&apos;s logits</source>
        <translation>Aufsummierte Membran, auf die Logits des ANN skaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accumulated membrane as it is (authors&apos; code)</source>
        <translation>Aufsummierte Membran unverändert (Code der Autoren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate-decoded: divided by T, times the thresholds</source>
        <translation>Ratendekodiert: durch T geteilt, mal die Schwellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output logits</source>
        <translation>Ausgabe-Logits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the spiking network&apos;s output enters the loss of Eq. 6. The raw sum suits thresholds balanced without the 0.7 scale.</source>
        <translation>Wie die Ausgabe des spikenden Netzes in den Verlust von Gl. 6 eingeht. Die rohe Summe passt zu Schwellen, die ohne den Faktor 0,7 balanciert wurden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time steps T (0: as converted)</source>
        <translation>Zeitschritte T (0: wie konvertiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation length during training; 0 keeps the converted network&apos;s T.</source>
        <translation>Simulationslänge beim Training; 0 behält das T des konvertierten Netzes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label smoothing</source>
        <translation>Label Smoothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both targets of Eq. 6 become (1 − a) · t + a / K. Negative values sharpen them, a defence against model inversion (Struppek et al. 2024); 0 = the paper.</source>
        <translation>Beide Ziele von Gl. 6 werden zu (1 − a) · t + a / K. Negative Werte schärfen sie, eine Abwehr gegen Modellinversion (Struppek et al. 2024); 0 = das Paper.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class numbers to attack, separated by commas (0 is the first class); empty attacks every class.</source>
        <translation>Anzugreifende Klassennummern, durch Kommas getrennt (0 ist die erste Klasse); leer greift jede Klasse an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images per class, each from its own seeded noise (paper: 10).</source>
        <translation>Bilder pro Klasse, jedes aus eigenem geseedetem Rauschen (Paper: 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient steps per image (paper: 150). In attack 2 each one backpropagates through all T time steps, so keep it small on a CPU.</source>
        <translation>Gradientenschritte pro Bild (Paper: 150). In Angriff 2 propagiert jeder durch alle T Zeitschritte zurück, also auf einer CPU klein halten.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>From the file, else to v_reset (NIR)</source>
        <translation>Aus der Datei, sonst auf v_reset (NIR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtract the threshold</source>
        <translation>Schwelle abziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set to v_reset</source>
        <translation>Auf v_reset setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set to zero</source>
        <translation>Auf null setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset after a spike</source>
        <translation>Zurücksetzen nach einem Spike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a spike: subtract the threshold or set the membrane to v_reset or 0; from the file = the graph&apos;s metadata, else v_reset (NIR&apos;s definition).</source>
        <translation>Nach einem Spike: die Schwelle abziehen oder die Membran auf v_reset oder 0 setzen; aus der Datei = die Metadaten des Graphen, sonst v_reset (die Definition von NIR).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the file, else direct</source>
        <translation>Aus der Datei, sonst direkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct (the image at every step)</source>
        <translation>Direkt (das Bild in jedem Schritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poisson spikes</source>
        <translation>Poisson-Spikes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input coding</source>
        <translation>Eingabekodierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How images enter the imported model; from the file = the graph&apos;s metadata, else direct.</source>
        <translation>Wie Bilder in das importierte Modell gelangen; aus der Datei = die Metadaten des Graphen, sonst direkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the file, else spikes of a firing output layer</source>
        <translation>Aus der Datei, sonst die Spikes einer feuernden Ausgabeschicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output membrane</source>
        <translation>Membran der Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output spike counts</source>
        <translation>Spike-Anzahlen der Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readout</source>
        <translation>Auslesung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class scores of the imported model; from the file = the graph&apos;s metadata, else the spike counts of a firing output layer.</source>
        <translation>Klassenwerte des importierten Modells; aus der Datei = die Metadaten des Graphen, sonst die Spike-Anzahlen einer feuernden Ausgabeschicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time step (dt)</source>
        <translation>Zeitschritt (dt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward-Euler step of the imported neurons in seconds; 0 = the graph&apos;s metadata, snnTorch&apos;s tau/r, else 1 (Norse trains with 0.001).</source>
        <translation>Vorwärts-Euler-Schritt der importierten Neuronen in Sekunden; 0 = die Metadaten des Graphen, tau/r von snnTorch, sonst 1 (Norse trainiert mit 0.001).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time steps (T)</source>
        <translation>Zeitschritte (T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation length of the imported model; 0 = the graph&apos;s metadata, else 100.</source>
        <translation>Simulationslänge des importierten Modells; 0 = die Metadaten des Graphen, sonst 100.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transfer control ε</source>
        <translation>Transfer-Kontrolle ε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L∞ radius of the transfer control&apos;s adversarial examples, as a share of the pixel range (0.1: the usual Fashion-MNIST budget).</source>
        <translation>L∞-Radius der adversarialen Beispiele der Transfer-Kontrolle, als Anteil des Pixelbereichs (0,1: das übliche Fashion-MNIST-Budget).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defence seeds</source>
        <translation>Verteidigungs-Seeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times each trained or noised point of the study is built, each seed its own network or noise direction, all attacked with the same restart seeds; the verdicts and comparisons account for the spread between them.</source>
        <translation>Wie oft jeder trainierte oder verrauschte Punkt der Studie gebaut wird, jeder Seed ein eigenes Netz oder eine eigene Rauschrichtung, alle mit denselben Neustart-Seeds angegriffen; die Urteile und Vergleiche berücksichtigen die Streuung zwischen ihnen.</translation>
    </message>
</context>
<context>
    <name>SheetText</name>
    <message>
        <location filename="../widgets/pages/ratingsheet.cpp" line="+40"/>
        <source>The id &quot;%1&quot; already has answers in this lab: choose a new id for a new sheet.</source>
        <translation>Die Kennung „%1“ hat in diesem Labor schon Antworten: Wählen Sie für einen neuen Bogen eine neue Kennung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rating sheet %1</source>
        <translation>Bewertungsbogen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the PDF &apos;%1&apos;: check that its folder exists and is writable.</source>
        <translation>Das PDF „%1“ kann nicht geschrieben werden: Prüfen Sie, ob sein Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rating sheet %1 — page %2 of %3. For each image write the number of the class you think it shows, or ? if you can&apos;t tell. Type the answers as a CSV with the lines &quot;number,answer&quot;.</source>
        <translation>Bewertungsbogen %1 — Seite %2 von %3. Schreiben Sie zu jedem Bild die Nummer der Klasse, die es Ihrer Meinung nach zeigt, oder ?, wenn es nicht erkennbar ist. Tippen Sie die Antworten als CSV mit den Zeilen „number,answer“ ab.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot finish the PDF &apos;%1&apos;.</source>
        <translation>Das PDF „%1“ kann nicht fertiggestellt werden.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../core/labmodel/src/steps.cpp" line="+24"/>
        <source>Synthesize images</source>
        <translation>Bilder synthetisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Convert to SNN</source>
        <translation>In SNN konvertieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Measure the converted SNN</source>
        <translation>Konvertiertes SNN messen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypt (spike-based training)</source>
        <translation>Verschlüsseln (spike-basiertes Training)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Measure the encrypted SNN</source>
        <translation>Verschlüsseltes SNN messen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attack and score leakage</source>
        <translation>Angreifen und Leckage bewerten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Load ANN</source>
        <translation>ANN laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synthesize</source>
        <translation>Synthetisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert</source>
        <translation>Konvertieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../widgets/models/steptitles.cpp" line="+22"/>
        <source>study point %1</source>
        <translation>Studienpunkt %1</translation>
    </message>
</context>
<context>
    <name>StudyText</name>
    <message>
        <location filename="../widgets/models/studyfrontier.cpp" line="+31"/>
        <source>Encryption (STBP + KD)</source>
        <translation>Verschlüsselung (STBP + KD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise of equal drift</source>
        <translation>Rauschen gleicher Drift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distillation from a random init</source>
        <translation>Destillation aus Zufallsinitialisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early layers re-initialised (first k)</source>
        <translation>Frühe Schichten neu initialisiert (erste k)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative label smoothing</source>
        <translation>Negatives Label Smoothing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k-bit weights</source>
        <translation>k-Bit-Gewichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer control (real images, PGD)</source>
        <translation>Transfer-Kontrolle (echte Bilder, PGD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random-network control</source>
        <translation>Zufallsnetz-Kontrolle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>leaks</source>
        <translation>leckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protected against this attacker budget</source>
        <translation>geschützt gegen dieses Angreiferbudget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaks within the margin</source>
        <translation>leckt innerhalb der Marge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inconclusive</source>
        <translation>nicht entscheidbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>≈ %1 images</source>
        <translation>≈ %1 Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than 100000 images</source>
        <translation>mehr als 100000 Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 for 80 % power to show it leaks beyond the margin</source>
        <translation>%1 — %2 für 80 % Teststärke, um ein Lecken über die Marge hinaus zu zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 for 80 % power to bound it within the margin</source>
        <translation>%1 — %2 für 80 % Teststärke, um es innerhalb der Marge einzugrenzen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>paper: lr %1, %n epochs</source>
        <translation>
            <numerusform>Paper: lr %1, %n Epoche</numerusform>
            <numerusform>Paper: lr %1, %n Epochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>lr %1, %n epochs</source>
        <translation>
            <numerusform>lr %1, %n Epoche</numerusform>
            <numerusform>lr %1, %n Epochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (converted SNN)</source>
        <translation>keine (konvertiertes SNN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussian noise matched to %1</source>
        <translation>Gaußsches Rauschen passend zu %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>distillation from a random init, lr %1, %n epochs</source>
        <translation>
            <numerusform>Destillation aus zufälliger Initialisierung, lr %1, %n Epoche</numerusform>
            <numerusform>Destillation aus zufälliger Initialisierung, lr %1, %n Epochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first weight layer re-initialised and distilled, the rest frozen</source>
        <translation>erste Gewichtsschicht neu initialisiert und destilliert, der Rest eingefroren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first %1 weight layers re-initialised and distilled, the rest frozen</source>
        <translation>erste %1 Gewichtsschichten neu initialisiert und destilliert, der Rest eingefroren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>first layer</source>
        <translation>erste Schicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>first %1 layers</source>
        <translation>erste %1 Schichten</translation>
    </message>
    <message numerus="yes">
        <location line="-30"/>
        <location line="+3"/>
        <source>, lr %1, %n epochs</source>
        <translation>
            <numerusform>, lr %1, %n Epoche</numerusform>
            <numerusform>, lr %1, %n Epochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-92"/>
        <source>%1 (too few images for a verdict: %n per attack)</source>
        <translation>
            <numerusform>%1 (zu wenige Bilder für ein Urteil: %n pro Angriff)</numerusform>
            <numerusform>%1 (zu wenige Bilder für ein Urteil: %n pro Angriff)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too few images for verdicts: this study attacked its points with fewer than 100 images each (the quick grid), so its intervals are too wide to decide. Run the default grid for verdicts.</source>
        <translation>Zu wenige Bilder für Urteile: Diese Studie griff ihre Punkte mit jeweils weniger als 100 Bildern an (das schnelle Raster), daher sind ihre Intervalle zu breit für eine Entscheidung. Für Urteile das Standardraster ausführen.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>label smoothing %1</source>
        <translation>Label Smoothing %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1-bit weights (per layer, symmetric)</source>
        <translation>%1-Bit-Gewichte (je Schicht, symmetrisch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real images of other classes, targeted PGD within %1 of the pixel range</source>
        <translation>echte Bilder anderer Klassen, gezielte PGD innerhalb von %1 des Pixelbereichs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random weights of the same shape, converted like the real network</source>
        <translation>Zufallsgewichte derselben Form, umgewandelt wie das echte Netz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>noise ×%1</source>
        <translation>Rauschen ×%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper dose</source>
        <translation>Dosis des Papers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lr %1</source>
        <translation>lr %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>noise, paper dose</source>
        <translation>Rauschen, Dosis des Papers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noise %1</source>
        <translation>Rauschen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reinit</source>
        <translation>Neuinit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>smoothing %1</source>
        <translation>Smoothing %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-bit</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transfer control</source>
        <translation>Transfer-Kontrolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random network</source>
        <translation>Zufallsnetz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNN accuracy %1, %2 points lost against the ANN</source>
        <translation>SNN-Genauigkeit %1, %2 Punkte Verlust gegenüber dem ANN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight change (relative L2): %1</source>
        <translation>Gewichtsänderung (relative L2): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strongest attack: %1, judge accuracy %2</source>
        <translation>Stärkster Angriff: %1, Prüfer-Genauigkeit %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Normalised KID %1 ± %2 (0: held-out real images, 1: the attacks&apos; initial noise)</source>
        <translation>Normalisierte KID %1 ± %2 (0: zurückgehaltene echte Bilder, 1: das Anfangsrauschen der Angriffe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalised KID %1 (0: real images, 1: the attacks&apos; initial noise)</source>
        <translation>Normalisierte KID %1 (0: echte Bilder, 1: das Anfangsrauschen der Angriffe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not attacked.</source>
        <translation>Nicht angegriffen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The weakest setting protected against this attacker budget is %1 (%2): every attack&apos;s interval, for every judge, ends at most %3 points above chance (highest upper bound %4, family-wise over %5 tests); its strongest attack, %6, reaches %7 judge accuracy, at a cost of %8 points of accuracy against the ANN.</source>
        <translation>Die schwächste Einstellung, die gegen dieses Angreiferbudget schützt, ist %1 (%2): das Intervall jedes Angriffs endet für jeden Prüfer höchstens %3 Punkte über dem Zufall (höchste obere Grenze %4, familienweise über %5 Tests); ihr stärkster Angriff, %6, erreicht %7 Prüfer-Genauigkeit, bei %8 Punkten Genauigkeitsverlust gegenüber dem ANN.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No setting explored is protected against this attacker budget: at every point some attack&apos;s interval (family-wise over the point&apos;s attacks and judges) reaches above chance + %1 points or lies above chance (largest accuracy loss explored: %2 points).</source>
        <translation>Keine untersuchte Einstellung schützt gegen dieses Angreiferbudget: an jedem Punkt reicht das Intervall mindestens eines Angriffs (familienweise über die Angriffe und Prüfer des Punkts) über Zufall + %1 Punkte oder liegt über dem Zufall (größter untersuchter Genauigkeitsverlust: %2 Punkte).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The verdicts rest on one judge: no second judge was given (setting study.second_judge).</source>
        <translation>Die Urteile beruhen auf einem Prüfer: Es wurde kein zweiter Prüfer angegeben (Einstellung study.second_judge).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Warning: judge %1 scores the random-network control&apos;s images (%2; random weights, no class knowledge) at %3, family-wise interval %4–%5, which excludes chance (%6). The scoring credits something other than class features: read no verdict of this study before finding out why.</source>
        <translation>Warnung: Richter %1 bewertet die Bilder der Zufallsnetz-Kontrolle (%2; Zufallsgewichte, kein Klassenwissen) mit %3, familienweites Intervall %4–%5, das den Zufall (%6) ausschließt. Die Bewertung erkennt etwas anderes als Klassenmerkmale an: Lesen Sie kein Urteil dieser Studie, bevor der Grund gefunden ist.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Transfer control: the judge puts %1 of real images of other classes, nudged toward a class within the budget, into that class.</source>
        <translation>Transfer-Kontrolle: Der Richter ordnet %1 der echten Bilder anderer Klassen, die innerhalb des Budgets in Richtung einer Klasse verschoben wurden, dieser Klasse zu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer control: the judge puts %1 of real images of other classes, nudged toward a class within the budget, into that class: no more than chance, so adversarial transfer alone buys nothing above chance here.</source>
        <translation>Transfer-Kontrolle: Der Richter ordnet %1 der echten Bilder anderer Klassen, die innerhalb des Budgets in Richtung einer Klasse verschoben wurden, dieser Klasse zu: nicht mehr als der Zufall, adversarialer Transfer allein bringt hier also nichts über dem Zufall.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer control: the judge puts %1 of real images of other classes, nudged toward a class within the budget, into that class; adversarial transfer alone reaches %2 of the undefended SNN&apos;s judge accuracy above chance.</source>
        <translation>Transfer-Kontrolle: Der Richter ordnet %1 der echten Bilder anderer Klassen, die innerhalb des Budgets in Richtung einer Klasse verschoben wurden, dieser Klasse zu; adversarialer Transfer allein erreicht %2 der Richtergenauigkeit des ungeschützten SNN oberhalb des Zufalls.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 — people</source>
        <translation>%1 — Menschen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1
People: %2 over %n ratings</source>
        <translation>
            <numerusform>%1
Menschen: %2 über %n Bewertung</numerusform>
            <numerusform>%1
Menschen: %2 über %n Bewertungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+33"/>
        <source>See, measure and stop class leakage in spiking neural networks.</source>
        <translation>Klassen-Leckage in spikenden neuronalen Netzen sehen, messen und stoppen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the lab folder and show its results (nothing is rerun).</source>
        <translation>Den Lab-Ordner öffnen und seine Ergebnisse zeigen (nichts wird neu berechnet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this language instead of the one chosen in View &gt; Language or the system&apos;s: en, de, ko or zh_CN.</source>
        <translation>Diese Sprache statt der unter Ansicht &gt; Sprache gewählten oder der des Systems verwenden: en, de, ko oder zh_CN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a dark palette (Fusion style) whatever the desktop&apos;s theme; the same as PRIVATESNN_DARK=1.</source>
        <translation>Eine dunkle Palette (Fusion-Stil) verwenden, unabhängig vom Design der Arbeitsumgebung; dasselbe wie PRIVATESNN_DARK=1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a PNG of every page into the folder, then quit.</source>
        <translation>Ein PNG jeder Seite im Ordner speichern, dann beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window&apos;s size for --screenshot-dir, e.g. 1280x720 for a projector (default 1280x1000).</source>
        <translation>Die Fenstergröße für --screenshot-dir, z. B. 1280x720 für einen Projektor (Standard 1280x1000).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --screenshot-dir: also shoot the classroom view (blind, revealed, before/after), starting a rating session of this id in the lab (use a copy of the lab).</source>
        <translation>Mit --screenshot-dir: auch die Klassenzimmeransicht aufnehmen (verdeckt, aufgedeckt, vorher/nachher); startet dazu eine Bewertungssitzung dieser Kennung im Labor (eine Kopie des Labors verwenden).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A model to open: TorchScript, ONNX, a NIR graph or a PrivateSNN archive.</source>
        <translation>Ein zu öffnendes Modell: TorchScript, ONNX, ein NIR-Graph oder ein PrivateSNN-Archiv.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language takes effect when you restart PrivateSNN Lab.</source>
        <translation>Die neue Sprache wird beim nächsten Start von PrivateSNN Lab wirksam.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>error: the lab folder %1 does not exist.</source>
        <translation>Fehler: Der Lab-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hint: check the path, or start the program without --lab and choose File &gt; New Lab.</source>
        <translation>Hinweis: Prüfen Sie den Pfad, oder starten Sie das Programm ohne --lab und wählen Sie Datei &gt; Neues Lab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>error: --screenshot-size %1 is not a size such as 1280x720.</source>
        <translation>Fehler: --screenshot-size %1 ist keine Größe wie 1280x720.</translation>
    </message>
</context>
<context>
    <name>privatesnn</name>
    <message>
        <location filename="../app/cli/command_run.cpp" line="+118"/>
        <source>Resuming the lab &apos;%1&apos; with the settings it was run with (profile &apos;%2&apos;).</source>
        <translation>Setze das Labor &apos;%1&apos; mit den Einstellungen fort, mit denen es lief (Profil &apos;%2&apos;).</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>leaks within the margin</source>
        <translation>leckt innerhalb der Marge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inconclusive</source>
        <translation>nicht entscheidbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>≈ %1 images</source>
        <translation>≈ %1 Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than 100000 images</source>
        <translation>mehr als 100000 Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 for 80 % power to show it leaks beyond the margin</source>
        <translation>%1 — %2 für 80 % Teststärke, um ein Lecken über die Marge hinaus zu zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 for 80 % power to bound it within the margin</source>
        <translation>%1 — %2 für 80 % Teststärke, um es innerhalb der Marge einzugrenzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lab: %1</source>
        <translation>Lab: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accuracy on %1 evaluation images: ANN %2 %, converted SNN %3 % (T = %4)</source>
        <translation>Genauigkeit auf %1 Auswertungsbildern: ANN %2 %, konvertiertes SNN %3 % (T = %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy on %1 evaluation images: imported SNN %2 % (T = %3), no ANN</source>
        <translation>Genauigkeit auf %1 Auswertungsbildern: importiertes SNN %2 % (T = %3), kein ANN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, encrypted SNN %1 %</source>
        <translation>, verschlüsseltes SNN %1 %</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>LEAKS</source>
        <translation>LECKT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protected against this attacker budget</source>
        <translation>geschützt gegen dieses Angreiferbudget</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>not judged</source>
        <translation>nicht beurteilt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 on the %2: %3</source>
        <translation>%1 gegen das %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The verdicts rest on one judge: no second judge was given (setting second_judge, --second-judge).</source>
        <translation>Die Urteile beruhen auf einem Richter: Es wurde kein zweiter Richter angegeben (Einstellung second_judge, --second-judge).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/command_study.cpp" line="+196"/>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PrivateSNN Lab %1 (%2), %3 threads, profile &apos;%4&apos;, lab &apos;%5&apos;</source>
        <translation>PrivateSNN Lab %1 (%2), %3 Threads, Profil „%4“, Lab „%5“</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Wall time %1 s (%2 steps run, %3 kept from the lab)</source>
        <translation>Laufzeit %1 s (%2 Schritte ausgeführt, %3 aus dem Lab übernommen)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+61"/>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>error in LibTorch: %1</source>
        <translation>Fehler in LibTorch: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error: out of memory.
hint: use a smaller batch size or fewer images.</source>
        <translation>Fehler: Speicher erschöpft.
Hinweis: Verwenden Sie eine kleinere Batchgröße oder weniger Bilder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal_progress.cpp" line="+66"/>
        <source>ETA %1</source>
        <translation>Rest %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>elapsed %1, ETA %2</source>
        <translation>vergangen %1, Rest %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_study.cpp" line="-68"/>
        <source>Defence</source>
        <translation>Abwehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight L2</source>
        <translation>Gewichte L2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SNN</source>
        <translation>SNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strongest attack</source>
        <translation>Stärkster Angriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge [95 % interval]</source>
        <translation>Prüfer [95-%-Intervall]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KID (norm.) ± se</source>
        <translation>KID (norm.) ± SE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People [exact 95 %]</source>
        <translation>Menschen [exakt 95 %]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (too few images for a verdict: %2 per attack)</source>
        <translation>%1 (zu wenige Bilder für ein Urteil: %2 pro Angriff)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too few images for verdicts: this study attacked its points with fewer than 100 images each (the quick grid), so its intervals are too wide to decide. Run the default grid for verdicts.</source>
        <translation>Zu wenige Bilder für Urteile: Diese Studie griff ihre Punkte mit jeweils weniger als 100 Bildern an (das schnelle Raster), daher sind ihre Intervalle zu breit für eine Entscheidung. Für Urteile das Standardraster ausführen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer control: adversarial examples made from real images of other classes reach no judge accuracy above chance, without any inversion.</source>
        <translation>Transfer-Kontrolle: Adversariale Beispiele aus echten Bildern anderer Klassen erreichen ohne jede Inversion keine Richtergenauigkeit über dem Zufall.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transfer control: adversarial examples made from real images of other classes reach %1 of the undefended SNN&apos;s judge accuracy above chance, without any inversion.</source>
        <translation>Transfer-Kontrolle: Aus echten Bildern anderer Klassen erzeugte adversariale Beispiele erreichen ohne jede Inversion %1 der Richtergenauigkeit des ungeschützten SNN oberhalb des Zufalls.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The verdicts rest on one judge: give a second one with --second-judge FILE.</source>
        <translation>Die Urteile beruhen auf einem Prüfer: Geben Sie mit --second-judge DATEI einen zweiten an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study table: %1</source>
        <translation>Studientabelle: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Applied over the &apos;%1&apos; grid: %2 (the grid would set it itself).</source>
        <translation>Über das Raster „%1“ angewandt: %2 (das Raster würde es sonst selbst setzen).</translation>
    </message>
</context>
<context>
    <name>psnn::ArchitectureModel</name>
    <message>
        <location filename="../widgets/models/architecturemodel.cpp" line="+86"/>
        <source>Multiply-accumulate operations for one input image</source>
        <translation>Multiplikations-Additions-Operationen für ein Eingabebild</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
</context>
<context>
    <name>psnn::AttackPage</name>
    <message>
        <location filename="../widgets/pages/attackpage.cpp" line="+94"/>
        <source>Attack: does the network leak its classes?</source>
        <translation>Angriff: Verrät das Netz seine Klassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try to recover each class&apos;s image from the ANN, the plain and the encrypted spiking network (attack 1: ascend the class output; attack 2: through spikes), then score the images with FID, KID and an independent judge network.</source>
        <translation>Versucht, das Bild jeder Klasse aus dem ANN, dem einfachen und dem verschlüsselten spikenden Netz zurückzugewinnen (Angriff 1: Klassenausgabe maximieren; Angriff 2: über die Spikes), und bewertet die Bilder dann mit FID, KID und einem unabhängigen Prüfernetz.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both attacks</source>
        <translation>Beide Angriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 1 only (class output)</source>
        <translation>Nur Angriff 1 (Klassenausgabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 2 only (through spikes)</source>
        <translation>Nur Angriff 2 (über Spikes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 1 ascends the class output of the ANN and of each spiking network; attack 2 attacks the spiking networks through their spikes and is much slower.</source>
        <translation>Angriff 1 maximiert die Klassenausgabe des ANN und jedes spikenden Netzes; Angriff 2 greift die spikenden Netze über ihre Spikes an und ist viel langsamer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attack 1 classes</source>
        <translation>Klassen für Angriff 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attack settings</source>
        <translation>Angriffseinstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the attacks recovered: one image per class from each attack</source>
        <translation>Was die Angriffe wiederherstellten: ein Bild pro Klasse aus jedem Angriff</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Class numbers to attack, separated by commas (0 is the first class); empty attacks every class.</source>
        <translation>Anzugreifende Klassennummern, durch Kommas getrennt (0 ist die erste Klasse); leer greift jede Klasse an.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Attack 2 classes</source>
        <translation>Klassen für Angriff 2</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Attack 1 restarts</source>
        <translation>Neustarts Angriff 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 1 iterations</source>
        <translation>Iterationen Angriff 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 2 restarts</source>
        <translation>Neustarts Angriff 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 2 iterations</source>
        <translation>Iterationen Angriff 2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each class&apos;s image, live</source>
        <translation>Bild jeder Klasse, live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack 1</source>
        <translation>Angriff 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attack 2</source>
        <translation>Angriff 2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attack replay</source>
        <translation>Angriffswiedergabe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leakage scores</source>
        <translation>Leckage-Werte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FID ↓ real</source>
        <translation>FID ↓ echt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge accuracy</source>
        <translation>Prüfer-Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judge 2 accuracy</source>
        <translation>Genauigkeit Richter 2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do people recognise the classes? (human judge)</source>
        <translation>Erkennen Menschen die Klassen? (menschliche Beurteilung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much encryption is enough? (privacy-utility study)</source>
        <translation>Wie viel Verschlüsselung reicht? (Privatsphäre-Nutzen-Studie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does the network reveal its training records? (membership inference)</source>
        <translation>Verrät das Netz seine Trainingsdatensätze? (Mitgliedschaftsinferenz)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Snapshot %1 of %2 of this run: drag the slider to replay how the attacks&apos; images formed. The snapshots are kept only while the lab is open in this window; the lab stores the final images.</source>
        <translation>Schnappschuss %1 von %2 dieses Laufs: Ziehen Sie den Regler, um nachzuverfolgen, wie die Bilder der Angriffe entstanden. Die Schnappschüsse bleiben nur erhalten, solange das Labor in diesem Fenster offen ist; das Labor speichert die fertigen Bilder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Later snapshots are not kept (memory); the live images still show the run.</source>
        <translation>Spätere Schnappschüsse werden nicht behalten (Speicher); die Live-Bilder zeigen den Lauf weiterhin.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No attacks yet. Run this step to attack the networks.</source>
        <translation>Noch keine Angriffe. Führen Sie diesen Schritt aus, um die Netze anzugreifen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Raw KID %1 ± %2: the squared kernel distance between the judge&apos;s features of these images and of real images (0 = the same distribution; no upper limit).</source>
        <translation>Roher KID %1 ± %2: der quadrierte Kernabstand zwischen den Merkmalen des Richters für diese Bilder und für echte Bilder (0 = dieselbe Verteilung; keine Obergrenze).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KID (0 = real, 1 = noise)</source>
        <translation>KID (0 = echt, 1 = Rauschen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KID (raw)</source>
        <translation>KID (roh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KID scaled as in the privacy-utility study: 0 = as far from the real images as held-out real images, 1 = as far as the attacks&apos; starting noise. Lower means closer to real images.</source>
        <translation>KID skaliert wie in der Privatsphäre-Nutzen-Studie: 0 = so weit von den echten Bildern entfernt wie zurückgehaltene echte Bilder, 1 = so weit wie das Startrauschen der Angriffe. Niedriger heißt näher an echten Bildern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KID on its own scale: the squared kernel distance between the judge&apos;s features of the images and of real images; 0 = the same distribution, no upper limit. The 0-1 scale needs the real-image and noise reference rows, which this lab lacks.</source>
        <translation>KID auf seiner eigenen Skala: der quadrierte Kernabstand zwischen den Merkmalen des Richters für die Bilder und für echte Bilder; 0 = dieselbe Verteilung, keine Obergrenze. Die Skala 0–1 braucht die Referenzzeilen für echte Bilder und Rauschen, die diesem Lab fehlen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>no judge</source>
        <translation>kein Prüfer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 attacked networks leak their classes (hover a verdict for the reason). Lower FID/KID means closer to real images.</source>
        <translation>%1 von %2 angegriffenen Netzen verraten ihre Klassen (für die Begründung auf ein Urteil zeigen). Niedrigere FID/KID heißt näher an echten Bildern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The verdicts rest on one judge: no second judge was given (setting second_judge).</source>
        <translation>Die Urteile beruhen auf einem Richter: Es wurde kein zweiter Richter angegeben (Einstellung second_judge).</translation>
    </message>
</context>
<context>
    <name>psnn::BeforeAfterView</name>
    <message>
        <location filename="../widgets/pages/beforeafterview.cpp" line="+56"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>←/→ class   ↑/↓ the &quot;after&quot; source   Page Up/Down the &quot;before&quot; source   B or Esc: back to the images</source>
        <translation>←/→ Klasse   ↑/↓ Quelle „nachher“   Bild auf/ab Quelle „vorher“   B oder Esc: zurück zu den Bildern</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the lab&apos;s own attacks</source>
        <translation>die eigenen Angriffe des Labors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on the %2 (%3)</source>
        <translation>%1 auf dem %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lab has no two sets of attack images to compare: run the attack step with encryption, or a study.</source>
        <translation>Das Labor hat keine zwei Sätze von Angriffsbildern zum Vergleichen: Führen Sie den Angriffsschritt mit Verschlüsselung oder eine Studie aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before and after: %1 (class %2)</source>
        <translation>Vorher und nachher: %1 (Klasse %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No image of this class here.</source>
        <translation>Hier gibt es kein Bild dieser Klasse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ✗</source>
        <translation>%1 ✗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge 1: %1   Judge 2: %2</source>
        <translation>Richter 1: %1   Richter 2: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
</context>
<context>
    <name>psnn::ConvertPage</name>
    <message>
        <location filename="../widgets/pages/convertpage.cpp" line="+29"/>
        <source>Convert to a spiking network</source>
        <translation>In ein spikendes Netz konvertieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the ANN into a spiking network, setting each layer&apos;s firing threshold from the synthetic images. The evaluation data, when chosen on the Load page, is used only to measure accuracy.</source>
        <translation>Macht aus dem ANN ein spikendes Netz und setzt die Feuerschwelle jeder Schicht anhand der synthetischen Bilder. Die Auswertungsdaten, falls auf der Seite „ANN laden“ gewählt, dienen nur zum Messen der Genauigkeit.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Threshold per layer</source>
        <translation>Schwelle pro Schicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy after each time step</source>
        <translation>Genauigkeit nach jedem Zeitschritt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not converted yet. Run this step to convert and measure.</source>
        <translation>Noch nicht konvertiert. Führen Sie diesen Schritt aus, um zu konvertieren und zu messen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 thresholds balanced on %2 synthetic images at T = %3 (statistic: %4, scale %5).</source>
        <translation>%1 Schwellen auf %2 synthetischen Bildern bei T = %3 abgeglichen (Statistik: %4, Skalierung %5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accuracy on %1 evaluation images: ANN %2, converted SNN %3.</source>
        <translation>Genauigkeit auf %1 Auswertungsbildern: ANN %2, konvertiertes SNN %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No accuracy: no evaluation data was chosen on the Load page.</source>
        <translation>Keine Genauigkeit: Auf der Seite „ANN laden“ wurden keine Auswertungsdaten gewählt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Measuring: accuracy at T so far %1 after %2 images</source>
        <translation>Messung: Genauigkeit bei T bisher %1 nach %2 Bildern</translation>
    </message>
</context>
<context>
    <name>psnn::EncryptPage</name>
    <message>
        <location filename="../widgets/pages/encryptpage.cpp" line="+25"/>
        <source>Encrypt the spiking network</source>
        <translation>Das spikende Netz verschlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrain the spiking network on spikes from the synthetic images, distilling from the ANN, so that its weights no longer give away what the classes look like. A cancelled or interrupted run resumes from the lab&apos;s last epoch checkpoint (encrypt.ckpt).</source>
        <translation>Trainiert das spikende Netz mit Spikes aus den synthetischen Bildern nach und destilliert dabei aus dem ANN, sodass seine Gewichte nicht mehr verraten, wie die Klassen aussehen. Ein abgebrochener oder unterbrochener Lauf setzt beim letzten Epochen-Checkpoint des Labs fort (encrypt.ckpt).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dropout while training</source>
        <translation>Dropout beim Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On, one mask held over T (paper)</source>
        <translation>An, eine Maske über alle T (Paper)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s dropout layers during spike training. Off measured 0.2-1 point better here.</source>
        <translation>Die Dropout-Schichten des Netzes beim Spike-Training. Aus war hier 0,2–1 Punkte besser.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy per epoch</source>
        <translation>Genauigkeit pro Epoche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight drift per layer</source>
        <translation>Gewichtsdrift pro Schicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>training (synthetic)</source>
        <translation>Training (synthetisch)</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+67"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+67"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Not encrypted yet. Run this step to train the spiking network on spikes.</source>
        <translation>Noch nicht verschlüsselt. Führen Sie diesen Schritt aus, um das spikende Netz mit Spikes zu trainieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>training accuracy (synthetic)</source>
        <translation>Trainingsgenauigkeit (synth.)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 of %2 epochs at T = %3 on %4 synthetic images in %5 s.</source>
        <translation>%1 von %2 Epochen bei T = %3 auf %4 synthetischen Bildern in %5 s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resumed from the checkpoint of epoch %1.</source>
        <translation>Fortgesetzt vom Checkpoint der Epoche %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy: converted SNN %1, encrypted SNN %2.</source>
        <translation>Genauigkeit: konvertiertes SNN %1, verschlüsseltes SNN %2.</translation>
    </message>
</context>
<context>
    <name>psnn::ErrorBanner</name>
    <message>
        <location filename="../widgets/pages/errorbanner.cpp" line="+21"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>psnn::ExportButton</name>
    <message>
        <location filename="../widgets/pages/exportbutton.cpp" line="+11"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this spiking model for other tools: NIR for snnTorch, Norse, Sinabs, Lava and neuromorphic chips, TorchScript for PyTorch</source>
        <translation>Dieses spikende Netz für andere Werkzeuge speichern: NIR für snnTorch, Norse, Sinabs, Lava und neuromorphe Chips, TorchScript für PyTorch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NIR graph (AvgPool2d; snnTorch)…</source>
        <translation>NIR-Graph (AvgPool2d; snnTorch)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIR graph (SumPool2d; Sinabs, Norse, Lava, SpiNNaker2)…</source>
        <translation>NIR-Graph (SumPool2d; Sinabs, Norse, Lava, SpiNNaker2)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript spiking network…</source>
        <translation>Spikendes Netz als TorchScript…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript re-converted ANN (attack 1&apos;s starting point)…</source>
        <translation>Zurückgewandeltes KNN als TorchScript (Ausgangspunkt von Angriff 1)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the spiking model</source>
        <translation>Spikendes Netz exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIR graphs (*.nir)</source>
        <translation>NIR-Graphen (*.nir)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TorchScript modules (*.pt)</source>
        <translation>TorchScript-Module (*.pt)</translation>
    </message>
</context>
<context>
    <name>psnn::HumanJudgePanel</name>
    <message>
        <location filename="../widgets/pages/humanjudgepanel.cpp" line="+27"/>
        <source>Rate images…</source>
        <translation>Bilder bewerten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a rating sheet…</source>
        <translation>Bewertungsbogen drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a filled sheet…</source>
        <translation>Ausgefüllten Bogen importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judge networks can be fooled by patterns no person would recognise. Here people name the class of each attack image, blind, one image at a time; their accuracy, with its exact interval, says whether the images leak the classes to people.</source>
        <translation>Richter-Netze lassen sich von Mustern täuschen, die kein Mensch erkennen würde. Hier nennen Menschen die Klasse jedes Angriffsbilds, blind und Bild für Bild; ihre Trefferquote mit exaktem Intervall zeigt, ob die Bilder Menschen die Klassen verraten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A PDF of the images in a blind order with numbered answer boxes, for a class without computers.</source>
        <translation>Ein PDF der Bilder in verblindeter Reihenfolge mit nummerierten Antwortfeldern, für eine Klasse ohne Computer.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a lab with attack results to rate its images.</source>
        <translation>Öffnen Sie ein Labor mit Angriffsergebnissen, um seine Bilder zu bewerten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody has rated this lab&apos;s attack images yet.</source>
        <translation>Die Angriffsbilder dieses Labors hat noch niemand bewertet.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rater(s), %1 answers.</source>
        <translation>
            <numerusform>%n bewertende Person, %1 Antworten.</numerusform>
            <numerusform>%n bewertende Personen, %1 Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 on the %3: %4 of %5 right, %6 (exact interval %7–%8): %9</source>
        <translation>%1 · %2 auf dem %3: %4 von %5 richtig, %6 (exaktes Intervall %7–%8): %9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lab&apos;s own attacks</source>
        <translation>die eigenen Angriffe des Labors</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreement between raters (Fleiss&apos; κ): %1</source>
        <translation>Übereinstimmung der Bewertenden (Fleiss&apos; κ): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lab&apos;s ratings cannot be read: %1</source>
        <translation>Die Bewertungen des Labors können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rating sheet &quot;%1&quot; written to %2. Type the filled sheet up as lines &quot;number,answer&quot; and import it with the same id.</source>
        <translation>Bewertungsbogen „%1“ nach %2 geschrieben. Tippen Sie den ausgefüllten Bogen als Zeilen „number,answer“ ab und importieren Sie ihn mit derselben Kennung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 answers of sheet &quot;%2&quot; imported.</source>
        <translation>%1 Antworten von Bogen „%2“ importiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Print a rating sheet</source>
        <translation>Bewertungsbogen drucken</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>An id for this sheet (it names the answers when they come back):</source>
        <translation>Eine Kennung für diesen Bogen (sie ordnet die Antworten zu, wenn sie zurückkommen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet-1</source>
        <translation>bogen-1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images of each attack, model and point on the sheet (0: every image; a study holds thousands):</source>
        <translation>Bilder je Angriff, Modell und Punkt auf dem Bogen (0: alle Bilder; eine Studie hat Tausende):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the rating sheet</source>
        <translation>Bewertungsbogen speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a filled sheet</source>
        <translation>Ausgefüllten Bogen importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The id printed on the sheet:</source>
        <translation>Die auf dem Bogen gedruckte Kennung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The typed-up answers</source>
        <translation>Die abgetippten Antworten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>psnn::ImageGallery</name>
    <message>
        <location filename="../widgets/pages/imagegallery.cpp" line="+51"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
</context>
<context>
    <name>psnn::LanguageMenu</name>
    <message>
        <location filename="../widgets/pages/languagemenu.cpp" line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Takes effect when PrivateSNN Lab is restarted</source>
        <translation>Wirkt nach einem Neustart von PrivateSNN Lab</translation>
    </message>
</context>
<context>
    <name>psnn::LeakageGrid</name>
    <message>
        <location filename="../widgets/pages/leakagegrid.cpp" line="+76"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>psnn::LoadPage</name>
    <message>
        <location filename="../widgets/pages/loadpage.cpp" line="+31"/>
        <source>Load bundled demo</source>
        <translation>Mitgelieferte Demo laden</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open a model…</source>
        <translation>Modell öffnen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the spiking network is read</source>
        <translation>Wie das spikende Netz gelesen wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load a trained network</source>
        <translation>Trainiertes Netz laden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PrivateSNN Lab works on a pre-trained VGG-style network and never needs its training data: an ANN to convert (TorchScript or ONNX), or a spiking network trained elsewhere (a NIR graph) to audit as it is. You can also drop a model file onto this page.</source>
        <translation>PrivateSNN Lab arbeitet mit einem vortrainierten Netz im VGG-Stil und braucht nie seine Trainingsdaten: ein ANN zum Konvertieren (TorchScript oder ONNX) oder ein anderswo trainiertes spikendes Netz (ein NIR-Graph), das so geprüft wird, wie es ist. Sie können eine Modelldatei auch auf diese Seite ziehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An ANN as TorchScript (torch.jit.script or torch.jit.trace) or ONNX, a spiking network as a NIR graph (snnTorch, Sinabs, Norse, Lava exports), or a PrivateSNN archive</source>
        <translation>Ein ANN als TorchScript (torch.jit.script oder torch.jit.trace) oder ONNX, ein spikendes Netz als NIR-Graph (Exporte von snnTorch, Sinabs, Norse, Lava) oder ein PrivateSNN-Archiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A small network that ships with PrivateSNN Lab</source>
        <translation>Ein kleines Netz, das mit PrivateSNN Lab ausgeliefert wird</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Fashion-MNIST test set</source>
        <translation>Fashion-MNIST-Testdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (no accuracy or leakage scores)</source>
        <translation>Keine (keine Genauigkeit, keine Leckage-Werte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDX folder, test split (MNIST-style files)…</source>
        <translation>IDX-Ordner, Testteil (Dateien im MNIST-Format)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image folder…</source>
        <translation>Bildordner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real test images, used only to measure accuracy and as the leakage reference; never by synthesis, conversion or encryption</source>
        <translation>Echte Testbilder, nur zum Messen der Genauigkeit und als Referenz für die Leckage; nie für Synthese, Konvertierung oder Verschlüsselung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation data (used for measurement only):</source>
        <translation>Auswertungsdaten (nur zum Messen):</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Imported with these choices (each with where it came from):</source>
        <translation>Mit diesen Festlegungen importiert (jeweils mit ihrer Herkunft):</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open a trained network</source>
        <translation>Trainiertes Netz öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.pt *.pth *.ptl *.onnx *.nir *.psnn);;TorchScript (*.pt *.pth *.ptl);;ONNX (*.onnx);;NIR graphs of spiking networks (*.nir);;PrivateSNN archives (*.psnn);;All files (*)</source>
        <translation>Modelle (*.pt *.pth *.ptl *.onnx *.nir *.psnn);;TorchScript (*.pt *.pth *.ptl);;ONNX (*.onnx);;NIR-Graphen spikender Netze (*.nir);;PrivateSNN-Archive (*.psnn);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>IDX %1 (test split)</source>
        <translation>IDX %1 (Testteil)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evaluation data: a folder of IDX files</source>
        <translation>Auswertungsdaten: ein Ordner mit IDX-Dateien</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evaluation images: one folder per class</source>
        <translation>Auswertungsbilder: ein Ordner pro Klasse</translation>
    </message>
</context>
<context>
    <name>psnn::LogPanel</name>
    <message>
        <location filename="../widgets/panels/logpanel.cpp" line="+29"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>psnn::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+81"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Finished. Every step up to this page is up to date.</source>
        <translation>Fertig. Jeder Schritt bis zu dieser Seite ist aktuell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run finished.</source>
        <translation>Lauf beendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run cancelled; finished steps are kept in the lab.</source>
        <translation>Lauf abgebrochen; fertige Schritte bleiben im Lab erhalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 (%3, Qt %4)</source>
        <translation>%1 %2 (%3, Qt %4)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_menus.cpp" line="+41"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Lab…</source>
        <translation>&amp;Neues Lab…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Lab…</source>
        <translation>&amp;Lab öffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent Labs</source>
        <translation>&amp;Zuletzt geöffnete Labs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load &amp;Bundled Demo</source>
        <translation>Mitgelieferte &amp;Demo laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run This Step</source>
        <translation>Diesen Schritt aus&amp;führen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LibTorch &amp;Threads…</source>
        <translation>LibTorch-&amp;Threads…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LibTorch threads</source>
        <translation>LibTorch-Threads</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Threads each run started here computes with (0: all %n cores of this machine; the command line&apos;s --threads does the same). A running run keeps its own.</source>
        <translation>
            <numerusform>Threads, mit denen jeder hier gestartete Lauf rechnet (0: der %n Kern dieses Rechners; --threads auf der Kommandozeile tut dasselbe). Ein laufender Lauf behält seine.</numerusform>
            <numerusform>Threads, mit denen jeder hier gestartete Lauf rechnet (0: alle %n Kerne dieses Rechners; --threads auf der Kommandozeile tut dasselbe). Ein laufender Lauf behält seine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a lab with attack results first: its attack images are what people rate.</source>
        <translation>Öffnen Sie zuerst ein Labor mit Angriffsergebnissen: Seine Angriffsbilder sind es, die Menschen bewerten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Classroom View</source>
        <translation>&amp;Klassenzimmeransicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lab&apos;s attack images full screen for a projector: blind, one at a time, with the answers revealed on Space.</source>
        <translation>Die Angriffsbilder des Labors im Vollbild für einen Projektor: verdeckt, eines nach dem anderen, die Antworten werden mit der Leertaste aufgedeckt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PrivateSNN Lab</source>
        <translation>&amp;Über PrivateSNN Lab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a lab with attack results first: the classroom view shows its attack images.</source>
        <translation>Öffnen Sie zuerst ein Labor mit Angriffsergebnissen: Die Klassenzimmeransicht zeigt dessen Angriffsbilder.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+87"/>
        <source>LibTorch threads: …</source>
        <translation>LibTorch-Threads: …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lab open</source>
        <translation>Kein Lab geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+6"/>
        <source>Load a model first.</source>
        <translation>Laden Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Finished, but the settings changed since: run again to update.</source>
        <translation>Fertig, aber die Einstellungen haben sich seitdem geändert: zum Aktualisieren erneut ausführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another step is running.</source>
        <translation>Ein anderer Schritt läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: the lab is in use by %1.</source>
        <translation>Nur lesen: Das Labor wird von %1 verwendet.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_menus.cpp" line="+41"/>
        <source>A run is in progress.</source>
        <translation>Ein Lauf ist im Gang.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel it before opening another lab.</source>
        <translation>Brechen Sie ihn ab, bevor Sie ein anderes Lab öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+14"/>
        <source>Lab: %1</source>
        <translation>Lab: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lab: %1 (read-only)</source>
        <translation>Labor: %1 (nur lesen)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened the empty lab %1.</source>
        <translation>Leeres Lab %1 geöffnet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened the lab %1.</source>
        <translation>Lab %1 geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/gui/mainwindow_run.cpp" line="+50"/>
        <source>The lab is in use by %1, so it is open read-only.</source>
        <translation>Das Labor wird von %1 verwendet und ist daher nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/mainwindow_run.cpp" line="+1"/>
        <source>Wait until that run ends and open the lab again, or open another lab to run steps.</source>
        <translation>Warten Sie, bis dieser Lauf endet, und öffnen Sie das Labor erneut, oder öffnen Sie ein anderes Labor, um Schritte auszuführen.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The lab&apos;s state file was damaged: %1</source>
        <translation>Die Zustandsdatei des Labors war beschädigt: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Open a trained network: an ANN as TorchScript or ONNX, a spiking network as a NIR graph, or a PrivateSNN archive.</source>
        <translation>Ein trainiertes Netz öffnen: ein ANN als TorchScript oder ONNX, ein spikendes Netz als NIR-Graph oder ein PrivateSNN-Archiv.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Run the steps again to recompute what was not kept.</source>
        <translation>Führen Sie die Schritte erneut aus, um neu zu berechnen, was nicht behalten wurde.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading the bundled demo network…</source>
        <translation>Mitgeliefertes Demo-Netz wird geladen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model: %1 (%2 layers)</source>
        <translation>Modell: %1 (%2 Schichten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded &apos;%1&apos; from %2: %3 layers.</source>
        <translation>„%1“ aus %2 geladen: %3 Schichten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>LibTorch threads: %1</source>
        <translation>LibTorch-Threads: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibTorch intra-op threads: %1</source>
        <translation>LibTorch-Intra-op-Threads: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_run.cpp" line="+7"/>
        <source>Running up to &apos;%1&apos; in %2…</source>
        <translation>Ausführen bis „%1“ in %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end</source>
        <translation>zum Ende</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Running the privacy-utility study (%1 grid) in %2…</source>
        <translation>Privatsphäre-Nutzen-Studie (Raster %1) läuft in %2…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Membership audit</source>
        <translation>Mitgliedschafts-Audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running the membership-inference audit in %1 (the two reference models take most of the time; finished ones are kept in the lab)…</source>
        <translation>Mitgliedschafts-Audit läuft in %1 (die beiden Referenzmodelle brauchen die meiste Zeit; fertige bleiben im Lab erhalten)…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>This run computes with %n LibTorch thread(s) (Run &gt; LibTorch Threads).</source>
        <translation>
            <numerusform>Dieser Lauf rechnet mit %n LibTorch-Thread (Ausführen &gt; LibTorch-Threads).</numerusform>
            <numerusform>Dieser Lauf rechnet mit %n LibTorch-Threads (Ausführen &gt; LibTorch-Threads).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Step %1 of %2: %3…</source>
        <translation>Schritt %1 von %2: %3…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unchanged, kept from the lab.</source>
        <translation>%1: unverändert, aus dem Lab übernommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 finished in %2 s: %3</source>
        <translation>%1 fertig in %2 s: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_menus.cpp" line="-74"/>
        <source>Rate &amp;Images…</source>
        <translation>&amp;Bilder bewerten…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>New lab: choose an empty folder</source>
        <translation>Neues Lab: einen leeren Ordner wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 is not empty.</source>
        <translation>Der Ordner %1 ist nicht leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an empty folder, or create a new one in the dialog.</source>
        <translation>Wählen Sie einen leeren Ordner oder legen Sie im Dialog einen neuen an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Did not open %1: the folder does not exist.</source>
        <translation>%1 wurde nicht geöffnet: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the lab folder %1.</source>
        <translation>Der Lab-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that its parent folder exists and can be written, or choose another place.</source>
        <translation>Prüfen Sie, ob der übergeordnete Ordner existiert und beschreibbar ist, oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lab folder missing</source>
        <translation>Lab-Ordner fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lab folder %1 does not exist.</source>
        <translation>Der Lab-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new, empty lab there? Nothing runs until you start a step.</source>
        <translation>Dort ein neues, leeres Lab anlegen? Nichts läuft, bevor Sie einen Schritt starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create Lab</source>
        <translation>Lab anlegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a lab folder</source>
        <translation>Lab-Ordner öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report could not be written.
%1</source>
        <translation>Der Bericht konnte nicht geschrieben werden.
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder you can write to, and make sure the lab has results.</source>
        <translation>Wählen Sie einen beschreibbaren Ordner und stellen Sie sicher, dass das Lab Ergebnisse hat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The encrypted model could not be copied to %1.</source>
        <translation>Das verschlüsselte Modell konnte nicht nach %1 kopiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the Encrypt step first, and choose a place you can write to.</source>
        <translation>Führen Sie zuerst den Schritt „Verschlüsseln“ aus und wählen Sie einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted model saved as %1.</source>
        <translation>Verschlüsseltes Modell als %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the report into a folder</source>
        <translation>Bericht in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the encrypted model</source>
        <translation>Verschlüsseltes Modell exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PrivateSNN archives (*.psnn)</source>
        <translation>PrivateSNN-Archive (*.psnn)</translation>
    </message>
</context>
<context>
    <name>psnn::MembershipPanel</name>
    <message>
        <location filename="../widgets/pages/membershippanel.cpp" line="+46"/>
        <source>Run membership audit</source>
        <translation>Mitgliedschafts-Audit ausführen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Can an attacker who sees only a network&apos;s outputs tell whether a record was in the teacher&apos;s training data? The loss attack, offline LiRA and offline RMIA (two reference models of the teacher&apos;s shape, trained here and kept in the lab) attack the ANN, the converted and the encrypted SNN on the same 2,000 members and 2,000 held-out records.</source>
        <translation>Kann ein Angreifer, der nur die Ausgaben eines Netzes sieht, erkennen, ob ein Datensatz in den Trainingsdaten des Lehrers war? Der Verlustangriff, Offline-LiRA und Offline-RMIA (zwei Referenzmodelle mit der Form des Lehrers, hier trainiert und im Lab aufbewahrt) greifen das ANN, das konvertierte und das verschlüsselte SNN auf denselben 2.000 Mitgliedern und 2.000 zurückgehaltenen Datensätzen an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the bundled teacher&apos;s: fashion-mnist:train</source>
        <translation>die des mitgelieferten Lehrers: fashion-mnist:train</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The teacher&apos;s training data, as a data spec (fashion-mnist:train, idx:DIR:train, an image folder, …). Needed for any teacher but the bundled one.</source>
        <translation>Die Trainingsdaten des Lehrers als Datenangabe (fashion-mnist:train, idx:DIR:train, ein Bildordner, …). Nötig für jeden Lehrer außer dem mitgelieferten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bundled teacher&apos;s: fashion-mnist:test</source>
        <translation>die des mitgelieferten Lehrers: fashion-mnist:test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held-out data of the same classes that the teacher never saw, as a data spec.</source>
        <translation>Zurückgehaltene Daten derselben Klassen, die der Lehrer nie gesehen hat, als Datenangabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training data (members)</source>
        <translation>Trainingsdaten (Mitglieder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held-out data (non-members)</source>
        <translation>Zurückgehaltene Daten (Nicht-Mitglieder)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Readout</source>
        <translation>Auslese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AUC [95 % interval]</source>
        <translation>AUC [95-%-Intervall]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TPR at 0.1 % FPR</source>
        <translation>TPR bei 0,1 % FPR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TPR at 1 % FPR [95 % interval]</source>
        <translation>TPR bei 1 % FPR [95-%-Intervall]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No membership audit in this lab yet.</source>
        <translation>Noch kein Mitgliedschafts-Audit in diesem Lab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attacks finished so far: %1.</source>
        <translation>Bisher abgeschlossene Angriffe: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> (unresolved)</source>
        <translation> (nicht auflösbar)</translation>
    </message>
</context>
<context>
    <name>psnn::ModelSummary</name>
    <message>
        <location filename="../widgets/pages/modelsummary.cpp" line="+37"/>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs per image</source>
        <translation>MACs pro Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded test accuracy</source>
        <translation>Erfasste Testgenauigkeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model loaded yet. Open a TorchScript file saved with &lt;i&gt;torch.jit.save&lt;/i&gt; (.pt) or a PrivateSNN archive (.psnn), or try the bundled demo network.</source>
        <translation>Noch kein Modell geladen. Öffnen Sie eine mit &lt;i&gt;torch.jit.save&lt;/i&gt; gespeicherte TorchScript-Datei (.pt) oder ein PrivateSNN-Archiv (.psnn), oder probieren Sie das mitgelieferte Demo-Netz.</translation>
    </message>
</context>
<context>
    <name>psnn::PresenterView</name>
    <message>
        <location filename="../widgets/pages/presenterview.cpp" line="+46"/>
        <source>class-1</source>
        <translation>klasse-1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PrivateSNN Lab — classroom view</source>
        <translation>PrivateSNN Lab — Klassenzimmeransicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The class sees the images an attacker recovered from the network, one at a time and blind. Ask the room which class each shows and type its answer (0–9, ? for can&apos;t tell); Space reveals the class the image was made for and what two judge networks said. The room&apos;s answers are saved as one rating session under the id below, and a session that stopped continues with the same id.</source>
        <translation>Die Klasse sieht die Bilder, die ein Angreifer aus dem Netz gewonnen hat, eines nach dem anderen und verdeckt. Fragen Sie den Raum, welche Klasse jedes zeigt, und tippen Sie seine Antwort ein (0–9, ? für „nicht erkennbar“); die Leertaste deckt auf, für welche Klasse das Bild erzeugt wurde und was zwei Richternetze sagten. Die Antworten des Raums werden als eine Bewertungssitzung unter der Kennung unten gespeichert; eine unterbrochene Sitzung wird mit derselben Kennung fortgesetzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room&apos;s rater id:</source>
        <translation>Bewerterkennung des Raums:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images of each attack, model and point:</source>
        <translation>Bilder je Angriff, Modell und Punkt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start (Enter)</source>
        <translation>Starten (Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before and after (B)</source>
        <translation>Vorher und nachher (B)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Attack image</source>
        <translation>Angriffsbild</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>0–9: the room&apos;s answer   ?: can&apos;t tell   Space: reveal   ←/→: previous/next   B: before and after   Ctrl+plus/minus: zoom   F11: full screen   Esc: leave</source>
        <translation>0–9: Antwort des Raums   ?: nicht erkennbar   Leertaste: aufdecken   ←/→: zurück/weiter   B: vorher und nachher   Strg+Plus/Minus: Zoom   F11: Vollbild   Esc: verlassen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The rater id &quot;%1&quot; cannot be used: it must be 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>Die Kennung „%1“ ist nicht verwendbar: Sie muss aus 1 bis 40 Buchstaben, Ziffern, „-“, „_“ oder „.“ bestehen und mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The classroom view cannot start: %1 %2</source>
        <translation>Die Klassenzimmeransicht kann nicht starten: %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers saved as &quot;%1&quot;</source>
        <translation>Antworten gespeichert als „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Image %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image cannot be read.</source>
        <translation>Dieses Bild kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That was the last image of this session (%1 images).</source>
        <translation>Das war das letzte Bild dieser Sitzung (%1 Bilder).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room: %1 of %2 answered right (%3 × can&apos;t tell).</source>
        <translation>Der Raum: %1 von %2 richtig beantwortet (%3 × nicht erkennbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <source>Judge 1</source>
        <translation>Richter 1</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>Judge 2</source>
        <translation>Richter 2</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>%1: %2 of %3 right.</source>
        <translation>%1: %2 von %3 richtig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: answers not recorded for these images.</source>
        <translation>%1: Antworten für diese Bilder nicht erfasst.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n image(s) still without the room&apos;s answer: ← goes back to them.</source>
        <translation>
            <numerusform>%n Bild noch ohne Antwort des Raums: ← führt dorthin zurück.</numerusform>
            <numerusform>%n Bilder noch ohne Antwort des Raums: ← führt dorthin zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esc leaves the classroom view.</source>
        <translation>Esc verlässt die Klassenzimmeransicht.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 said: not recorded for this image</source>
        <translation>%1 sagte: für dieses Bild nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 said: %2 ✓</source>
        <translation>%1 sagte: %2 ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 said: %2 ✗</source>
        <translation>%1 sagte: %2 ✗</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Made for: %1</source>
        <translation>Erzeugt für: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The room: no answer</source>
        <translation>Der Raum: keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room: can&apos;t tell ✗</source>
        <translation>Der Raum: nicht erkennbar ✗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room: %1 ✓</source>
        <translation>Der Raum: %1 ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room: %1 ✗</source>
        <translation>Der Raum: %1 ✗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lab&apos;s own attacks</source>
        <translation>die eigenen Angriffe des Labors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1 on the %2 (%3)</source>
        <translation>Herkunft: %1 auf dem %2 (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The room&apos;s answer: not given yet</source>
        <translation>Antwort des Raums: noch keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room&apos;s answer: can&apos;t tell</source>
        <translation>Antwort des Raums: nicht erkennbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room&apos;s answer: %1</source>
        <translation>Antwort des Raums: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The answer could not be saved: %1 %2</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1 %2</translation>
    </message>
</context>
<context>
    <name>psnn::RatingDialog</name>
    <message>
        <location filename="../widgets/pages/ratingdialog.cpp" line="+34"/>
        <source>Every image</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Can&apos;t tell (Space)</source>
        <translation>Nicht erkennbar (Leertaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate images</source>
        <translation>Bilder bewerten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You will see the images an attacker recovered from the network, one at a time and in a shuffled order. For each, choose the class you think it shows, or &quot;can&apos;t tell&quot;. Nothing tells you which class an image was made for. Every answer is saved at once: close the window at any time and continue later with the same rater id.</source>
        <translation>Sie sehen die Bilder, die ein Angreifer aus dem Netz gewonnen hat, einzeln und in gemischter Reihenfolge. Wählen Sie bei jedem die Klasse, die es Ihrer Meinung nach zeigt, oder „nicht erkennbar“. Nichts verrät Ihnen, für welche Klasse ein Bild erzeugt wurde. Jede Antwort wird sofort gespeichert: Schließen Sie das Fenster jederzeit und machen Sie später mit derselben Kennung weiter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rater id:</source>
        <translation>Kennung der bewertenden Person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. your initials</source>
        <translation>z. B. Ihre Initialen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Images of each attack, model and point:</source>
        <translation>Bilder je Angriff, Modell und Punkt:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Undo the last answer</source>
        <translation>Letzte Antwort zurücknehmen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A new session rates %1 of the lab&apos;s %2 images, drawn blind so that every class comes up about as often. A rater id that already has a session continues it with its own images.</source>
        <translation>Eine neue Sitzung bewertet %1 der %2 Bilder des Labors, verdeckt so gezogen, dass jede Klasse etwa gleich oft vorkommt. Eine Bewerterkennung, die schon eine Sitzung hat, setzt diese mit ihren eigenen Bildern fort.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The rater id &quot;%1&quot; cannot be used: it must be 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>Die Kennung „%1“ ist nicht verwendbar: Sie muss aus 1 bis 40 Buchstaben, Ziffern, „-“, „_“ oder „.“ bestehen und mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The images cannot be rated: %1 %2</source>
        <translation>Die Bilder können nicht bewertet werden: %1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate images — %1</source>
        <translation>Bilder bewerten — %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> It rated a sample of the lab&apos;s %1 images; a new rater id starts another sample.</source>
        <translation> Sie bewertete eine Stichprobe der %1 Bilder des Labors; eine neue Bewerterkennung beginnt eine weitere Stichprobe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session is complete: all %1 of its images are rated. Thank you! Your answers are saved in the lab; the report&apos;s &quot;Human judge&quot; section summarises them.</source>
        <translation>Diese Sitzung ist vollständig: Alle %1 ihrer Bilder sind bewertet. Vielen Dank! Ihre Antworten sind im Labor gespeichert; der Abschnitt „Menschliche Beurteilung“ des Berichts fasst sie zusammen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This image cannot be read. Answer &quot;can&apos;t tell&quot;, and tell the lab&apos;s owner to run the attack again.</source>
        <translation>Dieses Bild kann nicht gelesen werden. Antworten Sie „nicht erkennbar“ und bitten Sie die Person, der das Labor gehört, den Angriff erneut auszuführen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The answer could not be saved: %1 %2</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The answer could not be taken back: %1</source>
        <translation>Die Antwort konnte nicht zurückgenommen werden: %1</translation>
    </message>
</context>
<context>
    <name>psnn::ReportPage</name>
    <message>
        <location filename="../widgets/pages/reportpage.cpp" line="+37"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How active and how costly the spiking networks are, and whether they leak. Run here runs every step that is not finished yet; the export writes an HTML, PDF and JSON report.</source>
        <translation>Wie aktiv und wie teuer die spikenden Netze sind und ob sie Klassen verraten. „Ausführen“ führt hier jeden noch nicht fertigen Schritt aus; der Export schreibt einen Bericht als HTML, PDF und JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export encrypted model…</source>
        <translation>Verschlüsseltes Modell exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writes report.html, report.pdf, report.json, CSV tables and plots into a folder</source>
        <translation>Schreibt report.html, report.pdf, report.json, CSV-Tabellen und Diagramme in einen Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the encrypted spiking network (encrypted.psnn) out of the lab</source>
        <translation>Kopiert das verschlüsselte spikende Netz (encrypted.psnn) aus dem Lab</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spike rate per layer (spikes per neuron per time step)</source>
        <translation>Spike-Rate pro Schicht (Spikes pro Neuron und Zeitschritt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy per image</source>
        <translation>Energie pro Bild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much encryption is enough? (privacy-utility study)</source>
        <translation>Wie viel Verschlüsselung reicht? (Privatsphäre-Nutzen-Studie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Human judge</source>
        <translation>Menschlicher Prüfer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Membership inference</source>
        <translation>Mitgliedschaftsinferenz</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No energy estimate yet: it comes with the accuracy measurement (Convert).</source>
        <translation>Noch keine Energieschätzung: Sie entsteht mit der Genauigkeitsmessung (Konvertieren).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ANN %1, converted SNN %2</source>
        <translation>ANN %1, konvertiertes SNN %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ANN %1, imported SNN %2</source>
        <translation>ANN %1, importiertes SNN %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, encrypted SNN %1</source>
        <translation>, verschlüsseltes SNN %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1 pJ per MAC, %2 pJ per accumulate).</source>
        <translation> (%1 pJ pro MAC, %2 pJ pro Akkumulation).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No verdicts yet: run the attacks first.</source>
        <translation>Noch keine Urteile: Führen Sie zuerst die Angriffe aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no verdict</source>
        <translation>kein Urteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>psnn::RunPanel</name>
    <message numerus="yes">
        <location filename="../widgets/pages/runpanel.cpp" line="+23"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled. The results of finished steps are kept; Run continues from there.</source>
        <translation>Abgebrochen. Die Ergebnisse fertiger Schritte bleiben erhalten; „Ausführen“ macht dort weiter.</translation>
    </message>
</context>
<context>
    <name>psnn::SettingsForm</name>
    <message>
        <location filename="../widgets/pages/settingsform.cpp" line="+154"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On</source>
        <translation>Keine Liste von Klassennummern von 0 bis %1, etwa „0, 2“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not a list of class numbers from 0 to %1, such as &quot;0, 2&quot;.</source>
        <translation>Keine Liste von Klassennummern von 0 bis %1, etwa „0, 2“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a list of class numbers, such as &quot;0, 2&quot;.</source>
        <translation>Keine Liste von Klassennummern, etwa „0, 2“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no class %1: the model&apos;s classes are 0 to %2.</source>
        <translation>Es gibt keine Klasse %1: Die Klassen des Modells sind 0 bis %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number more than %1</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number of %1 or more</source>
        <translation>eine Zahl ab %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number more than %1, up to %2</source>
        <translation>Erforderlich: %1.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Required: %1.</source>
        <translation>Erforderlich: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not %1.</source>
        <translation>Nicht %1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>Out of range: %1.</source>
        <translation>Außerhalb des Bereichs: %1.</translation>
    </message>
</context>
<context>
    <name>psnn::StepList</name>
    <message>
        <location filename="../widgets/pages/steplist.cpp" line="+145"/>
        <source>%1 (out of date)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished, out of date</source>
        <translation>fertig, veraltet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>psnn::StepPage</name>
    <message>
        <location filename="../widgets/pages/steppage.cpp" line="+26"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Fix the settings marked in red first.</source>
        <translation>Korrigieren Sie zuerst die rot markierten Einstellungen.</translation>
    </message>
</context>
<context>
    <name>psnn::StudyLive</name>
    <message>
        <location filename="../widgets/pages/studylive.cpp" line="+48"/>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
</context>
<context>
    <name>psnn::StudyPanel</name>
    <message>
        <location filename="../widgets/pages/studypanel.cpp" line="+41"/>
        <source>Run study</source>
        <translation>Studie ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The same SNN defended at several strengths (encryption doses, noise of equal weight drift, distillation from a random init), each attacked with at least 100 images by several attacks and scored by two judges: a point leaks when any attack leaks for any judge (at a level corrected for their number) and is protected only when all are. Points appear as they finish; a stopped study resumes where it stopped.</source>
        <translation>Dasselbe SNN, unterschiedlich stark verteidigt (Verschlüsselungsdosen, Rauschen gleicher Gewichtsdrift, Destillation aus Zufallsinitialisierung), jeweils von mehreren Angriffen mit mindestens 100 Bildern angegriffen und von zwei Prüfern bewertet: Ein Punkt leckt, wenn ein Angriff für einen Prüfer leckt (auf einem für ihre Anzahl korrigierten Niveau), und ist nur geschützt, wenn alle es sind. Punkte erscheinen, sobald sie fertig sind; eine angehaltene Studie setzt dort fort, wo sie stand.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default grid (54 jobs, about 30 minutes on the demo, 2 cores)</source>
        <translation>Standardraster (54 Jobs, etwa 30 Minuten mit der Demo, 2 Kerne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick grid (a few minutes)</source>
        <translation>Schnellraster (wenige Minuten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second judge:</source>
        <translation>Zweiter Prüfer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bundled (with the bundled judge)</source>
        <translation>mitgeliefert (mit dem mitgelieferten Prüfer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second classifier of another shape, trained on other data, that decides the verdicts with the judge: protected only when both say so. A model file, or &quot;none&quot; for one judge.</source>
        <translation>Ein zweiter Klassifikator anderer Form, auf anderen Daten trainiert, der die Urteile mit dem Prüfer entscheidet: geschützt nur, wenn beide es sagen. Eine Modelldatei oder „none“ für einen Prüfer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hover a point for its values, click it for its attack images; drag a rectangle or Ctrl+wheel to zoom.</source>
        <translation>Zeigen Sie auf einen Punkt für seine Werte, klicken Sie ihn für seine Angriffsbilder an; ziehen Sie ein Rechteck oder nutzen Sie Strg+Mausrad zum Zoomen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show all points</source>
        <translation>Alle Punkte zeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Defence</source>
        <translation>Verteidigung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SNN accuracy</source>
        <translation>SNN-Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strongest attack</source>
        <translation>Stärkster Angriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge accuracy
[95 % interval]</source>
        <translation>Prüfer-Genauigkeit
[95-%-Intervall]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict
(all attacks and judges)</source>
        <translation>Urteil
(alle Angriffe und Prüfer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People
[exact 95 % interval]</source>
        <translation>Menschen
[exaktes 95-%-Intervall]</translation>
    </message>
    <message numerus="yes">
        <location line="+202"/>
        <source>%n images per attack give intervals too wide to act on: run the default grid (100 per attack) for verdicts.</source>
        <translation>
            <numerusform>%n Bild pro Angriff ergibt Intervalle, die zu breit sind, um danach zu handeln: Für Urteile das Standardraster ausführen (100 pro Angriff).</numerusform>
            <numerusform>%n Bilder pro Angriff ergeben Intervalle, die zu breit sind, um danach zu handeln: Für Urteile das Standardraster ausführen (100 pro Angriff).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the lab (synthesis and conversion, kept when unchanged)…</source>
        <translation>Das Labor wird vorbereitet (Synthese und Konvertierung, unverändert beibehalten)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 % — point %2 of %3</source>
        <translation>%1 % — Punkt %2 von %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Now computing point %1 of %2: %3. Its training losses and each attack&apos;s current image of every class, as they form:</source>
        <translation>Jetzt wird Punkt %1 von %2 berechnet: %3. Seine Trainingsverluste und das aktuelle Bild jedes Angriffs für jede Klasse, während sie entstehen:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Attack images of %1 (%2), the first of its %3 defence seeds</source>
        <translation>Angriffsbilder von %1 (%2), der erste seiner %3 Verteidigungs-Seeds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attack images of %1 (%2)</source>
        <translation>Angriffsbilder von %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Second judge</source>
        <translation>Zweiter Prüfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.pt *.pth *.ptl *.psnn);;All files (*)</source>
        <translation>Modelle (*.pt *.pth *.ptl *.psnn);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No study in this lab yet.</source>
        <translation>Noch keine Studie in diesem Lab.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
</context>
<context>
    <name>psnn::StudyPointImages</name>
    <message>
        <location filename="../widgets/pages/studypointimages.cpp" line="+47"/>
        <source>Click a point of the frontier or a row of the table to see its attack images.</source>
        <translation>Klicken Sie auf einen Punkt der Grenze oder eine Zeile der Tabelle, um seine Angriffsbilder zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No attack images were kept for this point (a study run before images were kept, or the point has not finished). Run the study again to make them.</source>
        <translation>Für diesen Punkt wurden keine Angriffsbilder aufbewahrt (eine Studie von vor der Aufbewahrung der Bilder, oder der Punkt ist nicht fertig). Führen Sie die Studie erneut aus, um sie zu erzeugen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The point&apos;s attack images cannot be shown: %1</source>
        <translation>Die Angriffsbilder des Punkts können nicht gezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 on the %2: %n images, each captioned with the class it was made for</source>
        <translation>
            <numerusform>%1 auf dem %2: %n Bild, beschriftet mit der Klasse, für die es erzeugt wurde</numerusform>
            <numerusform>%1 auf dem %2: %n Bilder, jedes beschriftet mit der Klasse, für die es erzeugt wurde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, made for the class %2</source>
        <translation>%1, erzeugt für die Klasse %2</translation>
    </message>
</context>
<context>
    <name>psnn::SynthesizePage</name>
    <message>
        <location filename="../widgets/pages/synthesizepage.cpp" line="+26"/>
        <source>Synthesize images</source>
        <translation>Bilder synthetisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate class-conditioned images from the ANN itself, so no training data is needed. Each image is optimised until the ANN&apos;s output matches a soft label drawn from the classes&apos; similarity.</source>
        <translation>Erzeugt klassenbedingte Bilder aus dem ANN selbst, sodass keine Trainingsdaten nötig sind. Jedes Bild wird optimiert, bis die Ausgabe des ANN zu einem weichen Label passt, das aus der Ähnlichkeit der Klassen gezogen wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This lab recorded no loss curve (it was made by an older version). Run this step again to see it.</source>
        <translation>Dieses Lab hat keine Verlustkurve aufgezeichnet (es stammt aus einer älteren Version). Führen Sie diesen Schritt erneut aus, um sie zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Class similarity of the ANN&apos;s last layer</source>
        <translation>Klassenähnlichkeit der letzten Schicht des ANN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss (live while synthesis runs)</source>
        <translation>Verlust (live während der Synthese)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synthetic images by class</source>
        <translation>Synthetische Bilder nach Klasse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optimisation step</source>
        <translation>Optimierungsschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>soft-label cross entropy</source>
        <translation>Kreuzentropie mit weichem Label</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No synthetic images yet. Run this step to make them.</source>
        <translation>Noch keine synthetischen Bilder. Führen Sie diesen Schritt aus, um sie zu erzeugen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 images (%2 per class) in %3 s. The ANN agrees with the intended class for %4 % of them; mean final loss %5, diversity %6.</source>
        <translation>%1 Bilder (%2 pro Klasse) in %3 s. Das ANN stimmt bei %4 % davon mit der beabsichtigten Klasse überein; mittlerer Endverlust %5, Vielfalt %6.</translation>
    </message>
</context>
<context>
    <name>psnn::Worker</name>
    <message>
        <location filename="../app/bridge/worker.cpp" line="+85"/>
        <source>Could not set the number of LibTorch threads.</source>
        <translation>Die Zahl der LibTorch-Threads konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source> (set in the import settings)</source>
        <translation> (in den Importeinstellungen gesetzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the import settings set another)</source>
        <translation>; die Importeinstellungen setzen einen anderen)</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>NIR&apos;s IF neuron resets to v_reset, while this network subtracts the threshold; the file records reset_method = &quot;subtract&quot; in its metadata. snnTorch, Sinabs and SpiNNaker2 reset by subtraction, Norse and Lava-DL reset to v_reset and lose accuracy.</source>
        <translation>Das IF-Neuron von NIR setzt auf v_reset zurück, dieses Netz zieht dagegen die Schwelle ab; die Datei vermerkt reset_method = &quot;subtract&quot; in ihren Metadaten. snnTorch, Sinabs und SpiNNaker2 ziehen die Schwelle ab, Norse und Lava-DL setzen auf v_reset zurück und verlieren Genauigkeit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>The export to %1 failed: %2</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please report this with the lab folder.</source>
        <translation>Bitte melden Sie dies zusammen mit dem Lab-Ordner.</translation>
    </message>
</context>
</TS>
