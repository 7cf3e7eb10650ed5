<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="58"/>
        <source>About BonusDesk</source>
        <translation>À propos de BonusDesk</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="61"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="63"/>
        <source>The licence text is missing from this installation. It is the GNU General Public License, version 3: %1</source>
        <translation>Le texte de la licence manque dans cette installation. C&apos;est la GNU General Public License, version 3&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="65"/>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="66"/>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="67"/>
        <source>&amp;Third-party software</source>
        <translation>&amp;Logiciels tiers</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="80"/>
        <source>&lt;h2&gt;BonusDesk %1&lt;/h2&gt;&lt;p&gt;Keeps the evidence of a problem with an online bonus: screenshots, deadlines, contacts with support and a PDF package.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. BonusDesk never connects to the internet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; GNU General Public License, version 3 or any later version (GPL-3.0-or-later). You may use, copy, share and change BonusDesk under its terms; it comes with no warranty. The full text is under &lt;i&gt;Licence&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;BonusDesk is built with free software written by others (Qt, PySide6, reportlab, pypdf, the DejaVu fonts and more), each under its own licence: see &lt;i&gt;Third-party software&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;BonusDesk %1&lt;/h2&gt;&lt;p&gt;Garde les preuves d&apos;un problème de bonus en ligne&#x202f;: captures d&apos;écran, délais, échanges avec le support et un dossier PDF.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur. BonusDesk ne se connecte jamais à Internet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence&#x202f;:&lt;/b&gt; GNU General Public License, version 3 ou toute version ultérieure (GPL-3.0-or-later). Vous pouvez utiliser, copier, partager et modifier BonusDesk selon ses termes&#x202f;; il est fourni sans aucune garantie. Le texte complet est sous &lt;i&gt;Licence&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;BonusDesk est fait avec des logiciels libres écrits par d&apos;autres (Qt, PySide6, reportlab, pypdf, les polices DejaVu et d&apos;autres), chacun sous sa propre licence&#x202f;: voir &lt;i&gt;Logiciels tiers&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="94"/>
        <source>Log files: %1</source>
        <translation>Fichiers journaux&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="97"/>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copier le diagnostic</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="99"/>
        <source>For a message to the BonusDesk team: version, system, screens and the last log lines; nothing from your claims</source>
        <translation>Pour un message à l&apos;équipe BonusDesk&#x202f;: version, système, écrans et dernières lignes du journal&#x202f;; rien de vos réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="115"/>
        <source>The software inside BonusDesk, its version, its licence and the licence&apos;s text, as the installed packages declare them.</source>
        <translation>Les logiciels contenus dans BonusDesk, leur version, leur licence et le texte de celle-ci, tels que les paquets installés les déclarent.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="119"/>
        <source>Find a name (Enter: next)</source>
        <translation>Chercher un nom (Entrée&#x202f;: suivant)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="120"/>
        <source>Find in the notices</source>
        <translation>Chercher dans les mentions</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="123"/>
        <source>Third-party notices</source>
        <translation>Mentions des logiciels tiers</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="123"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="134"/>
        <source>The notices could not be read: %1</source>
        <translation>Les mentions n&apos;ont pas pu être lues&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="158"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="162"/>
        <source>Not copied: %1</source>
        <translation>Non copié&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>AfterCapture</name>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="67"/>
        <source>&amp;Undo the last screenshot</source>
        <translation>&amp;Annuler la dernière capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="68"/>
        <source>Remove the screenshot just taken by mistake (Ctrl+Z)</source>
        <translation>Retirer la capture prise par erreur (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="70"/>
        <source>C&amp;opy the last screenshot</source>
        <translation>C&amp;opier la dernière capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="72"/>
        <source>Copy the last screenshot, to paste it into the casino&apos;s chat (Ctrl+Shift+C)</source>
        <translation>Copier la dernière capture pour la coller dans le chat du casino (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="101"/>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="106"/>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="114"/>
        <source>No stamped copy: %1</source>
        <translation>Pas de copie horodatée&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="123"/>
        <source>Screenshot added to the Inbox</source>
        <translation>Capture ajoutée dans «&#x202f;À classer&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="125"/>
        <source>Screenshot added to “%1”</source>
        <translation>Capture ajoutée à «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="127"/>
        <source>%1 × %2 pixels, taken at %3</source>
        <translation>%1 × %2 pixels, prise le %3</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="130"/>
        <source>With a stamped copy (date, time, zone, fingerprint).</source>
        <translation>Avec une copie horodatée (date, heure, fuseau, empreinte).</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="136"/>
        <source>Check this screenshot: %1 % of it is pure black. On Wayland, windows of some applications come out black; if the casino&apos;s window is black, take the screenshot with your desktop&apos;s screenshot tool and import the file.</source>
        <translation>Vérifiez cette capture&#x202f;: %1&#x202f;% de l&apos;image est entièrement noire. Sous Wayland, les fenêtres de certaines applications apparaissent en noir&#x202f;; si la fenêtre du casino est noire, faites la capture avec l&apos;outil de capture de votre bureau et importez le fichier.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="158"/>
        <source>Copied: paste it into the casino&apos;s chat with Ctrl+V.</source>
        <translation>Copiée&#x202f;: collez-la dans le chat du casino avec Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="170"/>
        <source>The screenshot was kept: %1</source>
        <translation>La capture est conservée&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="181"/>
        <source>Screenshot removed.</source>
        <translation>Capture retirée.</translation>
    </message>
</context>
<context>
    <name>AlertsBanner</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/alerts_banner.py" line="35"/>
        <source>Warnings about this claim</source>
        <translation>Avertissements sur cette réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/alerts_banner.py" line="62"/>
        <source>Log a written complaint…</source>
        <translation>Noter une réclamation écrite…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/alerts_banner.py" line="63"/>
        <source>Pick the regulator…</source>
        <translation>Choisir le régulateur…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="90"/>
        <source>Back up or move the claim folder</source>
        <translation>Sauvegarder ou déplacer le dossier de réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="93"/>
        <source>BonusDesk copies the whole claim folder %1 (claims, evidence files and their history), then checks the copy file by file against the original before trusting it.</source>
        <translation>BonusDesk copie tout le dossier de réclamations %1 (réclamations, fichiers de preuve et leur historique), puis vérifie la copie fichier par fichier avec l&apos;original avant de s&apos;y fier.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="98"/>
        <source>&amp;Back up: make a checked copy and keep working here</source>
        <translation>&amp;Sauvegarder&#x202f;: faire une copie vérifiée et continuer à travailler ici</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="100"/>
        <source>&amp;Move: copy, check, then work from the new place (the old place keeps only a note saying where the folder went)</source>
        <translation>&amp;Déplacer&#x202f;: copier, vérifier, puis travailler au nouvel endroit (l&apos;ancien ne garde qu&apos;une note qui dit où le dossier est parti)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="108"/>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="109"/>
        <source>A new or empty folder</source>
        <translation>Un dossier nouveau ou vide</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="110"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="113"/>
        <source>&amp;Copy to:</source>
        <translation>&amp;Copier vers&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="122"/>
        <source>Copy progress</source>
        <translation>Avancement de la copie</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="130"/>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="251"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="158"/>
        <source>%1 backup %2</source>
        <translation>%1 sauvegarde %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="162"/>
        <source>&amp;Move</source>
        <translation>Dépla&amp;cer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="162"/>
        <source>Back &amp;up</source>
        <translation>Sa&amp;uvegarder</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="173"/>
        <source>Where should the claim folder go?</source>
        <translation>Où mettre le dossier de réclamations&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="186"/>
        <source>This place is inside the claim folder itself. Choose a folder outside %1.</source>
        <translation>Cet endroit est à l&apos;intérieur du dossier de réclamations lui-même. Choisissez un dossier hors de %1.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="189"/>
        <source>This folder holds the claim folder. Choose a new folder for the copy.</source>
        <translation>Ce dossier contient le dossier de réclamations. Choisissez un nouveau dossier pour la copie.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="192"/>
        <source>%1 already exists and is not empty. Choose a new folder name: nothing is ever copied over other files.</source>
        <translation>%1 existe déjà et n&apos;est pas vide. Choisissez un nouveau nom de dossier&#x202f;: rien n&apos;est jamais copié par-dessus d&apos;autres fichiers.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="208"/>
        <source>Choose where the copy goes.</source>
        <translation>Choisissez où va la copie.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="218"/>
        <source>Move into a synced folder?</source>
        <translation>Déplacer dans un dossier synchronisé&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="219"/>
        <source>%1 is inside %2, which syncs its files to the internet and to your other devices. A claim folder is safer outside synced folders.

Move it there anyway?</source>
        <translation>%1 est dans %2, qui synchronise ses fichiers sur Internet et sur vos autres appareils. Un dossier de réclamations est plus sûr hors des dossiers synchronisés.

Le déplacer là quand même&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="231"/>
        <source>These windows were closed first:
%1</source>
        <translation>Ces fenêtres ont d&apos;abord été fermées&#x202f;:
%1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="237"/>
        <source>Moving…</source>
        <translation>Déplacement…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="237"/>
        <source>Copying…</source>
        <translation>Copie…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="257"/>
        <source>Checking the copy…</source>
        <translation>Vérification de la copie…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="259"/>
        <source>Copying: %1 of %2 files…</source>
        <translation>Copie&#x202f;: %1 fichiers sur %2…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="265"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="273"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="278"/>
        <source>The copy is checked: it matches the original.</source>
        <translation>La copie est vérifiée&#x202f;: elle est identique à l&apos;original.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="279"/>
        <source>%n files copied</source>
        <translation>
            <numerusform>%n fichier copié</numerusform>
            <numerusform>%n fichiers copiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="280"/>
        <source>%n evidence files checked against their fingerprints</source>
        <translation>
            <numerusform>%n fichier de preuve vérifié avec son empreinte</numerusform>
            <numerusform>%n fichiers de preuve vérifiés avec leur empreinte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="282"/>
        <source>%n history entries checked</source>
        <translation>
            <numerusform>%n entrée d&apos;historique vérifiée</numerusform>
            <numerusform>%n entrées d&apos;historique vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="286"/>
        <source>BonusDesk now uses %1.</source>
        <translation>BonusDesk utilise maintenant %1.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="287"/>
        <source>Open %1 with File › Open claim folder.</source>
        <translation>Ouvrez %1 avec Fichier › Ouvrir un dossier de réclamations.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="289"/>
        <source>The old place keeps only a note saying where the folder went: %1</source>
        <translation>L&apos;ancien endroit ne garde qu&apos;une note qui dit où le dossier est parti&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="292"/>
        <source>Saved in %1.</source>
        <translation>Enregistrée dans %1.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="294"/>
        <source>The original already had these problems; the copy has them too, as they were:</source>
        <translation>L&apos;original avait déjà ces problèmes&#x202f;; la copie les a aussi, tels quels&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="305"/>
        <source>The copy did not match the original, so it was removed.
%1</source>
        <translation>La copie n&apos;était pas identique à l&apos;original, elle a donc été supprimée.
%1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="308"/>
        <source>The claim folder is open in another BonusDesk window or program. Close it there, then try again.</source>
        <translation>Le dossier de réclamations est ouvert dans une autre fenêtre de BonusDesk ou un autre programme. Fermez-le là-bas, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="311"/>
        <source>The copy could not be written: %1. Nothing of it was kept.</source>
        <translation>La copie n&apos;a pas pu être écrite&#x202f;: %1. Rien n&apos;en a été gardé.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="318"/>
        <source>Cancelled: nothing was kept.</source>
        <translation>Annulé&#x202f;: rien n&apos;a été gardé.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="323"/>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="327"/>
        <source>Your claim folder was not changed: %1</source>
        <translation>Votre dossier de réclamations n&apos;a pas changé&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="334"/>
        <source>The folder was moved and checked; some files of the old place could not be removed. BonusDesk now uses %1.</source>
        <translation>Le dossier a été déplacé et vérifié&#x202f;; certains fichiers de l&apos;ancien endroit n&apos;ont pas pu être supprimés. BonusDesk utilise maintenant %1.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="337"/>
        <source>Open your claim folder with File › Open claim folder.</source>
        <translation>Ouvrez votre dossier de réclamations avec Fichier › Ouvrir un dossier de réclamations.</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="268"/>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="285"/>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="324"/>
        <source>Capture cancelled</source>
        <translation>Capture annulée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="332"/>
        <source>The claim folder was closed before the screenshot was saved: nothing was stored.</source>
        <translation>Le dossier de réclamations a été fermé avant l&apos;enregistrement de la capture&#x202f;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="361"/>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="363"/>
        <source>Capture failed</source>
        <translation>Échec de la capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="142"/>
        <source>Capture the &amp;screen</source>
        <translation>Capturer l&apos;&amp;écran</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="152"/>
        <source>Capture in &amp;5 seconds</source>
        <translation>Capturer dans &amp;5 secondes</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="154"/>
        <source>Time to open a menu or a page before the screenshot</source>
        <translation>Le temps d&apos;ouvrir un menu ou une page avant la capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="208"/>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="219"/>
        <source>The capture shortcut %1 works only while BonusDesk is in front: %2</source>
        <translation>Le raccourci de capture %1 ne fonctionne que lorsque BonusDesk est au premier plan&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="145"/>
        <source>Capture a &amp;region or a window…</source>
        <translation>Capturer une &amp;zone ou une fenêtre…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="147"/>
        <source>Drag a rectangle, or click a window (Ctrl+Shift+A)</source>
        <translation>Tracez un rectangle ou cliquez sur une fenêtre (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="148"/>
        <source>Capture the active &amp;window</source>
        <translation>Capturer la &amp;fenêtre active</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="150"/>
        <source>The window in front once BonusDesk is out of the way (Ctrl+Shift+W)</source>
        <translation>La fenêtre au premier plan une fois BonusDesk écarté (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="157"/>
        <source>Also add a s&amp;tamped copy</source>
        <translation>Ajouter aussi une copie &amp;horodatée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="158"/>
        <source>A second image with a banner: date, time, time zone and fingerprint</source>
        <translation>Une seconde image avec un bandeau&#x202f;: date, heure, fuseau horaire et empreinte</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="286"/>
        <source>Open a claim folder first: the screenshot is stored in it.</source>
        <translation>Ouvrez d&apos;abord un dossier de réclamations&#x202f;: la capture y est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="338"/>
        <source>Window “%1”, %2</source>
        <translation>Fenêtre «&#x202f;%1&#x202f;», %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="340"/>
        <source>Screenshot of %2</source>
        <translation>Capture d&apos;écran du %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="347"/>
        <source>No active window was found: the whole screen was captured.</source>
        <translation>Aucune fenêtre active trouvée&#x202f;: tout l&apos;écran a été capturé.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="197"/>
        <source>Screenshot of the whole screen into the selected claim, else the Inbox (%1)</source>
        <translation>Capture de tout l&apos;écran dans la réclamation sélectionnée, sinon dans «&#x202f;À classer&#x202f;» (%1)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="194"/>
        <source>Screenshot of the whole screen into the selected claim, else the Inbox (%1, from any application)</source>
        <translation>Capture de tout l&apos;écran dans la réclamation sélectionnée, sinon dans «&#x202f;À classer&#x202f;» (%1, depuis n&apos;importe quelle application)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="200"/>
        <source>Screenshot of the whole screen into the selected claim, else the Inbox</source>
        <translation>Capture de tout l&apos;écran dans la réclamation sélectionnée, sinon dans «&#x202f;À classer&#x202f;»</translation>
    </message>
</context>
<context>
    <name>CaptureNotice</name>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="32"/>
        <source>Screenshot added</source>
        <translation>Capture ajoutée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="48"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="49"/>
        <source>Copy the screenshot, to paste it into the casino&apos;s chat (Ctrl+V)</source>
        <translation>Copier la capture pour la coller dans le chat du casino (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="50"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="51"/>
        <source>Remove this screenshot: it was taken by mistake (Ctrl+Z in BonusDesk)</source>
        <translation>Retirer cette capture&#x202f;: elle a été prise par erreur (Ctrl+Z dans BonusDesk)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="52"/>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="53"/>
        <source>Open BonusDesk on this screenshot</source>
        <translation>Ouvrir BonusDesk sur cette capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="54"/>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="56"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CheckFolderDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="80"/>
        <source>Check the claim folder</source>
        <translation>Vérifier le dossier de réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="83"/>
        <source>BonusDesk checks the database, the event log, every table against the events, every evidence file against its SHA-256 and the anchors of past exports. Nothing is changed.
Folder: %1</source>
        <translation>BonusDesk vérifie la base de données, le journal des événements, chaque table par rapport aux événements, chaque fichier de preuve par rapport à son SHA-256 et les ancres des exports passés. Rien n&apos;est modifié.
Dossier&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="92"/>
        <source>Check progress</source>
        <translation>Avancement de la vérification</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="94"/>
        <source>Problems and notes</source>
        <translation>Problèmes et remarques</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="98"/>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="101"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="115"/>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="135"/>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="128"/>
        <source>Checking the database and the event log…</source>
        <translation>Vérification de la base de données et du journal des événements…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="129"/>
        <source>Comparing every table with the event log…</source>
        <translation>Comparaison de chaque table avec le journal des événements…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="130"/>
        <source>Checking evidence file %1 of %2…</source>
        <translation>Vérification du fichier de preuve %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="133"/>
        <source>Checking the anchors of past exports…</source>
        <translation>Vérification des ancres des exports passés…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="150"/>
        <source>As &apos;bonusdesk-cli verify&apos; says it: %1</source>
        <translation>Selon «&#x202f;bonusdesk-cli verify&#x202f;»&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="175"/>
        <source>FAILED: %n problems found, listed below. Point at one for the words of &apos;bonusdesk-cli verify&apos;; the copied report includes them.</source>
        <translation>
            <numerusform>ÉCHEC&#x202f;: %n problème trouvé, listé ci-dessous. Survolez-le pour lire les mots de «&#x202f;bonusdesk-cli verify&#x202f;»&#x202f;; le rapport copié les inclut.</numerusform>
            <numerusform>ÉCHEC&#x202f;: %n problèmes trouvés, listés ci-dessous. Survolez-en un pour lire les mots de «&#x202f;bonusdesk-cli verify&#x202f;»&#x202f;; le rapport copié les inclut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="206"/>
        <source>Platform %1</source>
        <translation>Plateforme %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="206"/>
        <source>Claim %1</source>
        <translation>Réclamation %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="207"/>
        <source>Status change %1</source>
        <translation>Changement de statut %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="208"/>
        <source>Checklist item %1</source>
        <translation>Élément de liste de contrôle %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="208"/>
        <source>Evidence item %1</source>
        <translation>Preuve %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="209"/>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="209"/>
        <source>Player details %1</source>
        <translation>Coordonnées du joueur %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="210"/>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="210"/>
        <source>Transaction %1</source>
        <translation>Transaction %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="211"/>
        <source>Referral %1</source>
        <translation>Saisine %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="214"/>
        <source>Row %1 of %2</source>
        <translation>Ligne %1 de la table %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="224"/>
        <source>%1: “%2” is not what BonusDesk recorded (event %3): it was changed outside BonusDesk.</source>
        <translation>%1&#x202f;: «&#x202f;%2&#x202f;» ne correspond plus à ce que BonusDesk a enregistré (événement %3)&#x202f;: la valeur a été modifiée en dehors de BonusDesk.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="228"/>
        <source>%1: no event recorded this row: it was added outside BonusDesk.</source>
        <translation>%1&#x202f;: aucun événement n’a enregistré cette ligne&#x202f;: elle a été ajoutée en dehors de BonusDesk.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="231"/>
        <source>%1: deleted by event %2, but in the table again: it was put back outside BonusDesk.</source>
        <translation>%1&#x202f;: supprimée par l’événement %2, mais de nouveau dans la table&#x202f;: elle a été remise en dehors de BonusDesk.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="234"/>
        <source>%1: recorded by event %2, but gone from the table: it was deleted outside BonusDesk.</source>
        <translation>%1&#x202f;: enregistrée par l’événement %2, mais absente de la table&#x202f;: elle a été supprimée en dehors de BonusDesk.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="237"/>
        <source>Evidence item %1: its file %2 is missing.</source>
        <translation>Preuve %1&#x202f;: son fichier %2 est introuvable.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="240"/>
        <source>Evidence item %1: its file %2 was changed (its SHA-256 no longer matches the one recorded when it was added).</source>
        <translation>Preuve %1&#x202f;: son fichier %2 a été modifié (son SHA-256 ne correspond plus à celui enregistré lors de son ajout).</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="244"/>
        <source>The file %1 was changed (its content no longer matches the SHA-256 in its name).</source>
        <translation>Le fichier %1 a été modifié (son contenu ne correspond plus au SHA-256 de son nom).</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="247"/>
        <source>%1 is not recorded as evidence: it was put in the folder outside BonusDesk.</source>
        <translation>%1 n’est pas enregistré comme preuve&#x202f;: il a été placé dans le dossier en dehors de BonusDesk.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="250"/>
        <source>Evidence item %1: %2 is a link, not the stored file; BonusDesk does not follow links.</source>
        <translation>Preuve %1&#x202f;: %2 est un lien, pas le fichier conservé&#x202f;; BonusDesk ne suit pas les liens.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="252"/>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="257"/>
        <source>Note: %1 is intact (its content matches the SHA-256 in its name).</source>
        <translation>Remarque&#x202f;: %1 est intact (son contenu correspond au SHA-256 de son nom).</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="259"/>
        <source>Note: %1</source>
        <translation>Remarque&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="161"/>
        <source>The check could not run: %1</source>
        <translation>La vérification n&apos;a pas pu se faire&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="166"/>
        <source>Checked: evidence files %1, events %2, table rows %3, export anchors %4, and the database.</source>
        <translation>Vérifiés&#x202f;: fichiers de preuve %1, événements %2, lignes de tables %3, ancres d&apos;export %4, et la base de données.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="172"/>
        <source>OK: the claim folder is intact; nothing was changed behind BonusDesk&apos;s back.</source>
        <translation>OK&#x202f;: le dossier de réclamation est intact&#x202f;; rien n&apos;a été modifié à l&apos;insu de BonusDesk.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="180"/>
        <source>Head of the event log (anchor): %1</source>
        <translation>Tête du journal des événements (ancre)&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="186"/>
        <source>Missing file</source>
        <translation>Fichier manquant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="187"/>
        <source>Altered file</source>
        <translation>Fichier altéré</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="188"/>
        <source>Stray file</source>
        <translation>Fichier inconnu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="189"/>
        <source>Wrong path</source>
        <translation>Chemin incorrect</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="190"/>
        <source>Unexpected pending file</source>
        <translation>Fichier en attente inattendu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="191"/>
        <source>Event log broken</source>
        <translation>Journal des événements rompu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="192"/>
        <source>Event log protection removed</source>
        <translation>Protection du journal des événements supprimée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="193"/>
        <source>Database damaged</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="194"/>
        <source>Sync conflict copy</source>
        <translation>Copie de conflit de synchronisation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="195"/>
        <source>Row changed</source>
        <translation>Ligne modifiée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="196"/>
        <source>Row without event</source>
        <translation>Ligne sans événement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="197"/>
        <source>Row deleted</source>
        <translation>Ligne supprimée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="198"/>
        <source>Export anchor lost</source>
        <translation>Ancre d&apos;export perdue</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="37"/>
        <source>Support will check these conditions first. Answer what you know; &quot;No&quot; answers are worth reading the terms again before you report.</source>
        <translation>Le support vérifiera d&apos;abord ces conditions. Répondez à ce que vous savez&#x202f;; si vous répondez «&#x202f;&#x202f;Non&#x202f;&#x202f;», relisez les conditions de l&apos;offre avant de signaler le problème.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="47"/>
        <source>Another condition of the offer…</source>
        <translation>Une autre condition de l&apos;offre…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="48"/>
        <source>New checklist item</source>
        <translation>Nouvelle condition</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="49"/>
        <source>&amp;Add condition</source>
        <translation>&amp;Ajouter la condition</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="80"/>
        <source>Note (where you checked)</source>
        <translation>Note (où vous l&apos;avez vérifié)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="81"/>
        <source>Note for %1</source>
        <translation>Note pour %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="109"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="118"/>
        <source>Cannot add</source>
        <translation>Ajout impossible</translation>
    </message>
</context>
<context>
    <name>ClaimCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="26"/>
        <source>&amp;New claim…</source>
        <translation>&amp;Nouvelle réclamation…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="27"/>
        <source>Start a new claim (Ctrl+N)</source>
        <translation>Commencer une nouvelle réclamation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="28"/>
        <source>Close the clai&amp;m…</source>
        <translation>Clore la récla&amp;mation…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="62"/>
        <source>Close the claim</source>
        <translation>Clore la réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="64"/>
        <source>The claim leaves the list of open claims; nothing is deleted and you can reopen it by recording a new status.

Why do you close it? (optional)</source>
        <translation>La réclamation quitte la liste des réclamations en cours&#x202f;; rien n&apos;est supprimé et vous pourrez la rouvrir en enregistrant un nouveau statut.

Pourquoi la clore&#x202f;? (facultatif)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="75"/>
        <source>Cannot close the claim</source>
        <translation>Impossible de clore la réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="31"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="32"/>
        <source>Save what you typed in the claim&apos;s details (Ctrl+S)</source>
        <translation>Enregistrer ce que vous avez saisi dans les détails de la réclamation (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="39"/>
        <source>Saved: the claim is up to date in the claim folder (%1).</source>
        <translation>Enregistré&#x202f;: la réclamation est à jour dans le dossier de réclamations (%1).</translation>
    </message>
</context>
<context>
    <name>ClaimView</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="63"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="91"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="92"/>
        <source>E&amp;ligibility</source>
        <translation>É&amp;ligibilité</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="93"/>
        <source>E&amp;vidence</source>
        <translation>&amp;Preuves</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="94"/>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="96"/>
        <source>Deadli&amp;nes</source>
        <translation>Éché&amp;ances</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="169"/>
        <source>%1 · happened %2</source>
        <translation>%1 · survenu le %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="95"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="97"/>
        <source>Esc&amp;alation</source>
        <translation>Reco&amp;urs</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="68"/>
        <source>What to do next</source>
        <translation>Quoi faire ensuite</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="196"/>
        <source>Add evidence</source>
        <translation>Ajouter des preuves</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="198"/>
        <source>Describe what happened</source>
        <translation>Décrire ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="200"/>
        <source>How to take it further</source>
        <translation>Comment aller plus loin</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="201"/>
        <source>Next step:</source>
        <translation>Étape suivante&#x202f;:</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="151"/>
        <source>Claims</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="172"/>
        <source>Search claims, contacts, evidence… (Ctrl+F)</source>
        <translation>Rechercher… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="173"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="179"/>
        <source>Show claims</source>
        <translation>Afficher les réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="180"/>
        <source>Open claims</source>
        <translation>Réclamations en cours</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="181"/>
        <source>All claims</source>
        <translation>Toutes les réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="182"/>
        <source>Finished claims</source>
        <translation>Réclamations terminées</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="268"/>
        <source>Inbox: nothing to file</source>
        <translation>À classer&#x202f;: rien en attente</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="270"/>
        <source>Screenshots taken with no claim selected wait here until you file them</source>
        <translation>Les captures prises sans réclamation sélectionnée attendent ici que vous les classiez</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="272"/>
        <source>Inbox: %n items to file</source>
        <translation>
            <numerusform>À classer&#x202f;: %n élément en attente</numerusform>
            <numerusform>À classer&#x202f;: %n éléments en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="273"/>
        <source>Newest: %1. Drag them onto a claim, or open the Inbox and use “Move to claim…”.</source>
        <translation>Le plus récent&#x202f;: %1. Glissez-les sur une réclamation, ou ouvrez «&#x202f;À classer&#x202f;» et utilisez «&#x202f;Classer dans une réclamation…&#x202f;».</translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="203"/>
        <source>Claim</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="203"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="203"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="204"/>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="248"/>
        <source>Working out the deadlines…</source>
        <translation>Calcul des échéances en cours…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="86"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="89"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="91"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="122"/>
        <source>Ticket or reference number</source>
        <translation>Numéro de ticket ou de référence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="123"/>
        <source>e.g. ticket #48213</source>
        <translation>ex. ticket n° 48213</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="125"/>
        <source>Agent name</source>
        <translation>Nom du conseiller</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="127"/>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="129"/>
        <source>What you sent or what they answered</source>
        <translation>Ce que vous avez envoyé ou ce qu&apos;ils ont répondu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="131"/>
        <source>What they promised</source>
        <translation>Ce qu&apos;ils ont promis</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="132"/>
        <source>&amp;How:</source>
        <translation>&amp;Comment&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="96"/>
        <source>Sent or received</source>
        <translation>Envoyé ou reçu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="133"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="134"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="139"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="140"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Conseiller&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="141"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="142"/>
        <source>&amp;Promised:</source>
        <translation>&amp;Promesse&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="157"/>
        <source>&amp;Due:</source>
        <translation>À rendre &amp;avant&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="279"/>
        <source>Unknown time zone</source>
        <translation>Fuseau horaire inconnu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="280"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation>Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="357"/>
        <source>Log a contact</source>
        <translation>Noter un contact</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="358"/>
        <source>Note every exchange with support, even a phone call that led nowhere.</source>
        <translation>Notez chaque échange avec le support, même un appel qui n&apos;a rien donné.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="293"/>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="370"/>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="398"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="102"/>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="107"/>
        <source>In &amp;writing (form, e-mail, letter): mediators only accept a written complaint</source>
        <translation>Par écri&amp;t (formulaire, e-mail, courrier)&#x202f;: les médiateurs n&apos;acceptent qu&apos;une réclamation écrite</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="111"/>
        <source>A &amp;transcript or recording is kept</source>
        <translation>Une transcription ou un enre&amp;gistrement est conservé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="113"/>
        <source>This is the operator&apos;s &amp;final response (deadlock letter)</source>
        <translation>C&apos;est la réponse dé&amp;finitive de l&apos;opérateur (fin de sa procédure de réclamation)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="115"/>
        <source>Its last word on your complaint: from then on you may refer the dispute to a mediator or ADR body</source>
        <translation>Son dernier mot sur votre réclamation&#x202f;: vous pouvez dès lors saisir un médiateur ou un organisme de règlement des litiges</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="135"/>
        <source>W&amp;ith:</source>
        <translation>A&amp;vec&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="77"/>
        <source>Which contact this was</source>
        <translation>De quel échange il s&apos;agit</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="78"/>
        <source>A new contact (fill it in below)</source>
        <translation>Un nouvel échange (à remplir ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="82"/>
        <source>&amp;This was:</source>
        <translation>&amp;C&apos;était&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="146"/>
        <source>Why you correct it</source>
        <translation>Pourquoi vous le corrigez</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="147"/>
        <source>e.g. wrong time, typo in the ticket number</source>
        <translation>p. ex. mauvaise heure, faute de frappe dans le numéro de ticket</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="148"/>
        <source>Wh&amp;y:</source>
        <translation>Pour&amp;quoi&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="163"/>
        <source>Return goes to the next field; Ctrl+Return saves.</source>
        <translation>Entrée passe au champ suivant&#x202f;; Ctrl+Entrée enregistre.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="254"/>
        <source>They ask for: %1</source>
        <translation>Ils demandent&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="299"/>
        <source>Check before saving</source>
        <translation>À vérifier avant d&apos;enregistrer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="300"/>
        <source>Please check:

%1</source>
        <translation>Vérifiez, s&apos;il vous plaît&#x202f;:

%1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="302"/>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="303"/>
        <source>&amp;Go back and fix it</source>
        <translation>&amp;Revenir pour corriger</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="381"/>
        <source>Correct a contact</source>
        <translation>Corriger un échange</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="382"/>
        <source>Change what is wrong. The original stays in the claim&apos;s History, with your reason.</source>
        <translation>Modifiez ce qui est faux. L&apos;original reste dans l&apos;historique de la réclamation, avec votre raison.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="394"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="400"/>
        <source>Contact corrected; History keeps the original.</source>
        <translation>Échange corrigé&#x202f;; l&apos;historique garde l&apos;original.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="406"/>
        <source>Withdraw a contact</source>
        <translation>Retirer un échange</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="409"/>
        <source>The contact leaves the list, the deadlines and the PDF; History still shows it, with your reason. A status recorded with it is withdrawn too.

Why do you withdraw it?</source>
        <translation>L&apos;échange quitte la liste, les échéances et le PDF&#x202f;; l&apos;historique le montre toujours, avec votre raison. Un statut enregistré avec lui est retiré aussi.

Pourquoi le retirez-vous&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="413"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="420"/>
        <source>Say why, in a few words: History shows it.</source>
        <translation>Dites pourquoi, en quelques mots&#x202f;: l&apos;historique l&apos;affiche.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="429"/>
        <source>Cannot withdraw</source>
        <translation>Retrait impossible</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="431"/>
        <source>Contact withdrawn; History still shows it.</source>
        <translation>Échange retiré&#x202f;; l&apos;historique le montre toujours.</translation>
    </message>
</context>
<context>
    <name>ContactWords</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_words.py" line="20"/>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_words.py" line="21"/>
        <source>The e-mail has no date. It is listed at the time it was imported, %1: it arrived no later than that.</source>
        <translation>L&apos;e-mail n&apos;a pas de date. Il est classé à l&apos;heure de son import, %1&#x202f;: il est arrivé au plus tard à ce moment-là.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_words.py" line="30"/>
        <source>%1 (found: check it)</source>
        <translation>%1 (trouvée&#x202f;: à vérifier)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_words.py" line="32"/>
        <source>BonusDesk found this reference in the e-mail&apos;s subject. It goes into your letter as a previous reference: confirm it, remove it or correct it (right-click, or the Reference button).</source>
        <translation>BonusDesk a trouvé cette référence dans l&apos;objet de l&apos;e-mail. Elle figure dans votre lettre comme référence précédente&#x202f;: confirmez-la, retirez-la ou corrigez-la (clic droit, ou le bouton Référence).</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="65"/>
        <source>Contacts with support</source>
        <translation>Échanges avec le support</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="66"/>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Noter un échange…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="128"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="128"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="95"/>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="128"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="129"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="253"/>
        <source>Import emails</source>
        <translation>Importer des e-mails</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="267"/>
        <source>Cannot import the email</source>
        <translation>Impossible d&apos;importer l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="86"/>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="196"/>
        <source>&amp;Mark as the final response</source>
        <translation>&amp;Marquer comme réponse définitive</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="88"/>
        <source>The operator&apos;s last word on your complaint (a final response or deadlock letter): ADR bodies take the case from there</source>
        <translation>Le dernier mot de l&apos;opérateur sur votre réclamation (réponse définitive ou lettre de blocage)&#x202f;: les organismes de règlement des litiges prennent le dossier à partir de là</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="138"/>
        <source>Final response: %1</source>
        <translation>Réponse définitive&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="147"/>
        <source>%1, in writing</source>
        <translation>%1, par écrit</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="147"/>
        <source>%1, not in writing</source>
        <translation>%1, sans écrit</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="194"/>
        <source>Un&amp;mark the final response</source>
        <translation>Ne plus &amp;marquer comme réponse définitive</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="223"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="68"/>
        <source>Import an &amp;email (.eml, .msg)…</source>
        <translation>Importer un &amp;e-mail (.eml, .msg)…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="96"/>
        <source>Confirm, remove or correct the selected contact&apos;s ticket or case number</source>
        <translation>Confirmer, retirer ou corriger le numéro de ticket ou de dossier de l&apos;échange sélectionné</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="253"/>
        <source>E-mails (*.eml *.msg);;All files (*)</source>
        <translation>E-mails (*.eml *.msg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="70"/>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rriger…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="71"/>
        <source>Correct the selected contact (F2); History keeps the original</source>
        <translation>Corriger l&apos;échange sélectionné (F2)&#x202f;; l&apos;historique garde l&apos;original</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="74"/>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="75"/>
        <source>Withdraw the selected contact, logged by mistake (Del); History keeps it</source>
        <translation>Retirer l&apos;échange sélectionné, noté par erreur (Suppr)&#x202f;; l&apos;historique le garde</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="78"/>
        <source>&amp;Show withdrawn entries</source>
        <translation>Affic&amp;her les échanges retirés</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="94"/>
        <source>R&amp;eference</source>
        <translation>Ré&amp;férence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="128"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="141"/>
        <source>Withdrawn (%1): %2</source>
        <translation>Retiré (%1)&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="143"/>
        <source>Withdrawn: %1</source>
        <translation>Retiré&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="145"/>
        <source>%1 (corrected)</source>
        <translation>%1 (corrigé)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="208"/>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="209"/>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../bonusdesk/ui/capture/countdown.py" line="28"/>
        <source>Screenshot countdown</source>
        <translation>Compte à rebours de la capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/countdown.py" line="44"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/capture/countdown.py" line="75"/>
        <source>Screenshot in %n seconds</source>
        <translation>
            <numerusform>Capture dans %n seconde</numerusform>
            <numerusform>Capture dans %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedFolder</name>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/safety/damaged.py" line="23"/>
        <source>The claim folder %1 is damaged: its database (bonusdesk.db) is missing, empty or unreadable, but its evidence folder holds %n files.

BonusDesk did not re-create the database, so nothing more is lost. To recover, restore bonusdesk.db from a backup (or the backup copy of the whole folder). “bonusdesk-cli verify --folder %1” lists the evidence files that are there and checks each one against the SHA-256 in its name.</source>
        <translation>
            <numerusform>Le dossier de réclamation %1 est endommagé&#x202f;: sa base de données (bonusdesk.db) manque, est vide ou illisible, mais son dossier de preuves contient %n fichier.

BonusDesk n&apos;a pas recréé la base de données, donc rien de plus n&apos;est perdu. Pour récupérer, restaurez bonusdesk.db depuis une sauvegarde (ou la copie de sauvegarde du dossier entier). «&#x202f;bonusdesk-cli verify --folder %1&#x202f;» liste les fichiers de preuve présents et vérifie chacun avec le SHA-256 de son nom.</numerusform>
            <numerusform>Le dossier de réclamation %1 est endommagé&#x202f;: sa base de données (bonusdesk.db) manque, est vide ou illisible, mais son dossier de preuves contient %n fichiers.

BonusDesk n&apos;a pas recréé la base de données, donc rien de plus n&apos;est perdu. Pour récupérer, restaurez bonusdesk.db depuis une sauvegarde (ou la copie de sauvegarde du dossier entier). «&#x202f;bonusdesk-cli verify --folder %1&#x202f;» liste les fichiers de preuve présents et vérifie chacun avec le SHA-256 de son nom.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/damaged.py" line="40"/>
        <source>Damaged claim folder</source>
        <translation>Dossier de réclamation endommagé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/damaged.py" line="43"/>
        <source>Check the evidence files…</source>
        <translation>Vérifier les fichiers de preuve…</translation>
    </message>
</context>
<context>
    <name>DeadlineWatch</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="103"/>
        <source>Deadlines: %1</source>
        <translation>Échéances&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="47"/>
        <source>Deadlines are worked out from the incident time, the platform&apos;s reporting window, the status history and your contacts. Recording a status or a contact updates them at once.</source>
        <translation>Les échéances sont calculées à partir de la date de l&apos;incident, du délai de signalement de la plateforme, de l&apos;historique des statuts et de vos échanges. Enregistrer un statut ou un échange les met à jour aussitôt.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="57"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="63"/>
        <source>Add to my &amp;calendar (.ics)…</source>
        <translation>Ajouter à mon &amp;agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="86"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="86"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="86"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="86"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="86"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="110"/>
        <source>No deadline for this claim.</source>
        <translation>Aucune échéance pour cette réclamation.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="127"/>
        <source>Save the deadlines as a calendar</source>
        <translation>Enregistrer les échéances comme agenda</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="129"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="137"/>
        <source>Cannot save the calendar</source>
        <translation>Impossible d&apos;enregistrer l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="99"/>
        <source>%1 (if you write now)</source>
        <translation>%1 (si vous écrivez maintenant)</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="55"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="55"/>
        <source>Account / player ID</source>
        <translation>Compte / identifiant joueur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="56"/>
        <source>Bonus or offer</source>
        <translation>Bonus ou offre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="56"/>
        <source>Bonus type</source>
        <translation>Type de bonus</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="57"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="57"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="58"/>
        <source>Promo code</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="58"/>
        <source>Transaction ID</source>
        <translation>N° de transaction</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="59"/>
        <source>Game round ID</source>
        <translation>N° de partie</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="59"/>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="60"/>
        <source>1. What I did</source>
        <translation>1. Ce que j&apos;ai fait</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="60"/>
        <source>2. What I expected</source>
        <translation>2. Ce que j&apos;attendais</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="61"/>
        <source>3. What happened instead</source>
        <translation>3. Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="62"/>
        <source>Error message (exact words)</source>
        <translation>Message d&apos;erreur (mot pour mot)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="62"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="77"/>
        <source>%1:</source>
        <translation>%1&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="80"/>
        <source>e.g. I deposited 100 € with the code WELCOME100 on the 20th at 21:15</source>
        <translation>ex. J&apos;ai déposé 100 € avec le code WELCOME100 le 20 à 21 h 15</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="82"/>
        <source>e.g. A 100 € bonus on my account, as the offer page says</source>
        <translation>ex. Un bonus de 100 € sur mon compte, comme l&apos;indique la page de l&apos;offre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="84"/>
        <source>e.g. The deposit went through but no bonus; the page shows error BNS-402</source>
        <translation>ex. Le dépôt est passé mais pas de bonus&#x202f;; la page affiche l&apos;erreur BNS-402</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="88"/>
        <source>Kind of problem</source>
        <translation>Type de problème</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="93"/>
        <source>How often does the error happen?</source>
        <translation>À quelle fréquence l&apos;erreur se produit-elle&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="152"/>
        <source>How often?</source>
        <translation>À quelle fréquence&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="110"/>
        <source>Was your connection stable?</source>
        <translation>Votre connexion était-elle stable&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="111"/>
        <source>Yes, stable</source>
        <translation>Oui, stable</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="111"/>
        <source>No, unstable</source>
        <translation>Non, instable</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="113"/>
        <source>When it happened</source>
        <translation>Date de l&apos;incident</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="116"/>
        <source>Platform default</source>
        <translation>Valeur de la plateforme</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="117"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="118"/>
        <source>Reporting window in hours</source>
        <translation>Délai de signalement en heures</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="124"/>
        <source>Platform &amp;details…</source>
        <translation>&amp;Fiche de la plateforme…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="125"/>
        <source>Support contacts, reporting window and regulator</source>
        <translation>Contacts du support, délai de signalement et régulateur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="128"/>
        <source>Platform:</source>
        <translation>Plateforme&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="129"/>
        <source>Problem:</source>
        <translation>Problème&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="130"/>
        <source>When it happened:</source>
        <translation>Date de l&apos;incident&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="131"/>
        <source>Reporting window:</source>
        <translation>Délai de signalement&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="140"/>
        <source>The claim</source>
        <translation>La réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="146"/>
        <source>What happened, in three parts</source>
        <translation>Ce qui s&apos;est passé, en trois parties</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="153"/>
        <source>Connection:</source>
        <translation>Connexion&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="155"/>
        <source>Error and circumstances</source>
        <translation>Erreur et circonstances</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="166"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="167"/>
        <source>Save the details (Ctrl+S)</source>
        <translation>Enregistrer les détails (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="199"/>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="228"/>
        <source>Platform default (%1 h)</source>
        <translation>Valeur de la plateforme (%1 h)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="327"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="63"/>
        <source>Amount asked for</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="99"/>
        <source>What you ask for</source>
        <translation>Ce que vous demandez</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="159"/>
        <source>I ask for:</source>
        <translation>Je demande&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="162"/>
        <source>What you ask the operator to do</source>
        <translation>Ce que vous demandez à l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="265"/>
        <source>For this kind of problem the letter asks the operator to: %1.</source>
        <translation>Pour ce type de problème, le courrier demande&#x202f;: %1.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="171"/>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="329"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
</context>
<context>
    <name>EditBar</name>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="61"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="63"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="69"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="72"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="73"/>
        <source>Delete the selected shapes (Delete)</source>
        <translation>Supprimer les formes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="75"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="76"/>
        <source>Colour of new and selected shapes</source>
        <translation>Couleur des nouvelles formes et de celles sélectionnées</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="77"/>
        <source>Usual colours</source>
        <translation>Couleurs habituelles</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="78"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="78"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="78"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="79"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="79"/>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="79"/>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="87"/>
        <source> px</source>
        <translation>&#xa0;px</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="88"/>
        <source>Line width</source>
        <translation>Épaisseur du trait</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="89"/>
        <source>Line width of rectangles and arrows</source>
        <translation>Épaisseur du trait des rectangles et des flèches</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="96"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="98"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="100"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="101"/>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="104"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/editor/commands.py" line="27"/>
        <source>&amp;Annotate or redact the picture…</source>
        <translation>&amp;Annoter ou masquer l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/commands.py" line="28"/>
        <source>Draw arrows, boxes and text on a copy, or hide what must not be seen (Ctrl+Shift+E)</source>
        <translation>Dessiner flèches, cadres et texte sur une copie, ou cacher ce qui ne doit pas être vu (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/commands.py" line="31"/>
        <source>Read the te&amp;xt of the picture…</source>
        <translation>&amp;Lire le texte de l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/commands.py" line="32"/>
        <source>Find the error message and code in a screenshot (Ctrl+Shift+T)</source>
        <translation>Retrouver le message et le code d&apos;erreur dans une capture d&apos;écran (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/commands.py" line="68"/>
        <source>Cannot annotate</source>
        <translation>Impossible d&apos;annoter</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/commands.py" line="78"/>
        <source>Cannot read the text</source>
        <translation>Impossible de lire le texte</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="72"/>
        <source>The original of this copy is no longer in the claim: you are drawing on the copy itself.</source>
        <translation>L&apos;original de cette copie n&apos;est plus dans la réclamation&#x202f;: vous dessinez sur la copie elle-même.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="81"/>
        <source>Picture being annotated</source>
        <translation>Image en cours d&apos;annotation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="83"/>
        <source>Annotate or redact: %1</source>
        <translation>Annoter ou masquer&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="84"/>
        <source>New version of a copy of: %1</source>
        <translation>Nouvelle version d&apos;une copie de&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="113"/>
        <source>&amp;Confirm the boxes</source>
        <translation>&amp;Confirmer les cadres</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="120"/>
        <source>Read all the te&amp;xt…</source>
        <translation>Lire tout le te&amp;xte…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="122"/>
        <source>&amp;ID document: propose boxes</source>
        <translation>Pièce d&apos;&amp;identité&#x202f;: proposer les cadres</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="124"/>
        <source>Reads the document and proposes boxes over its number (all but the last 4 characters) and its machine-readable lines, for you to check</source>
        <translation>Lit le document et propose des cadres sur son numéro (sauf les 4 derniers caractères) et sur ses lignes lisibles par machine, à vérifier par vous</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="128"/>
        <source>Caption of the copy</source>
        <translation>Légende de la copie</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="135"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="137"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="140"/>
        <source>&amp;Save as a new copy</source>
        <translation>&amp;Enregistrer comme nouvelle copie</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="141"/>
        <source>The original stays as it is (Ctrl+S)</source>
        <translation>L&apos;original reste tel quel (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="145"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="155"/>
        <source>Caption:</source>
        <translation>Légende&#x202f;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="207"/>
        <source>%n boxes proposed from the text read on the document: its number except the last 4 characters, and the machine-readable lines. Check each one (move, resize or delete it; draw a missing one with Redact, B), then confirm.</source>
        <translation>
            <numerusform>%n cadre proposé d&apos;après le texte lu sur le document&#x202f;: son numéro sauf les 4 derniers caractères, et les lignes lisibles par machine. Vérifiez-le (déplacez-le, redimensionnez-le ou supprimez-le&#x202f;; tracez ceux qui manquent avec Masquer, B), puis confirmez.</numerusform>
            <numerusform>%n cadres proposés d&apos;après le texte lu sur le document&#x202f;: son numéro sauf les 4 derniers caractères, et les lignes lisibles par machine. Vérifiez-les un par un (déplacez, redimensionnez ou supprimez&#x202f;; tracez ceux qui manquent avec Masquer, B), puis confirmez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="231"/>
        <source>%n boxes confirmed: they will be solid in the copy.</source>
        <translation>
            <numerusform>%n cadre confirmé&#x202f;: il sera plein dans la copie.</numerusform>
            <numerusform>%n cadres confirmés&#x202f;: ils seront pleins dans la copie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="218"/>
        <source>Redacted copy of: %1</source>
        <translation>Copie masquée de&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="219"/>
        <source>Annotated copy of: %1</source>
        <translation>Copie annotée de&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="223"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="224"/>
        <source>Text to write on the picture:</source>
        <translation>Texte à écrire sur l&apos;image&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="254"/>
        <source>Stopped: nothing was saved.</source>
        <translation>Arrêté&#x202f;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="277"/>
        <source>It did not work</source>
        <translation>Cela n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="285"/>
        <source>Check the proposed boxes</source>
        <translation>Vérifiez les cadres proposés</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="286"/>
        <source>Confirm the proposed boxes (or delete them) before saving the copy.</source>
        <translation>Confirmez les cadres proposés (ou supprimez-les) avant d&apos;enregistrer la copie.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="294"/>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="309"/>
        <source>Cannot save the copy</source>
        <translation>Impossible d&apos;enregistrer la copie</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="296"/>
        <source>Saving the copy…</source>
        <translation>Enregistrement de la copie…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="303"/>
        <source>The claim folder was closed: nothing was saved.</source>
        <translation>Le dossier de réclamations a été fermé&#x202f;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="312"/>
        <source>Copy saved as a new evidence item; the original is unchanged.</source>
        <translation>Copie enregistrée comme nouvelle preuve&#x202f;; l&apos;original est inchangé.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="330"/>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="331"/>
        <source>What you drew is not saved. Close the editor anyway?</source>
        <translation>Ce que vous avez dessiné n&apos;est pas enregistré. Fermer l&apos;éditeur quand même&#x202f;?</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="75"/>
        <source>BonusDesk hit an unexpected error</source>
        <translation>BonusDesk a rencontré une erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="81"/>
        <source>&lt;p&gt;&lt;b&gt;Something went wrong inside BonusDesk.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;What you saved before is safe: every change is written to your claim folder as you make it. The action you were doing may not have finished: check it, then carry on.&lt;/p&gt;&lt;p&gt;If it happens again, click &lt;b&gt;Copy diagnostics&lt;/b&gt; and paste the text into your message to the BonusDesk team. It says which version you have, your system and screens, and what BonusDesk logged; it holds nothing from your claims.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quelque chose s&apos;est mal passé dans BonusDesk.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ce que vous avez enregistré avant est en sécurité&#x202f;: chaque modification est écrite dans votre dossier de réclamations au moment où vous la faites. L&apos;action en cours n&apos;est peut-être pas allée au bout&#x202f;: vérifiez-la, puis continuez.&lt;/p&gt;&lt;p&gt;Si cela se reproduit, cliquez sur &lt;b&gt;Copier le diagnostic&lt;/b&gt; et collez le texte dans votre message à l&apos;équipe BonusDesk. Il indique votre version, votre système et vos écrans, et ce que BonusDesk a noté dans son journal&#x202f;; il ne contient rien de vos réclamations.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="92"/>
        <source>Log file: %1</source>
        <translation>Fichier journal&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="99"/>
        <source>What is copied</source>
        <translation>Ce qui est copié</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="102"/>
        <source>Show &amp;what is copied</source>
        <translation>Voir ce qui est &amp;copié</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="105"/>
        <source>&amp;Copy diagnostics</source>
        <translation>Copier le &amp;diagnostic</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="107"/>
        <source>Show the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/error_dialog.py" line="134"/>
        <source>%n more errors happened since.</source>
        <translation>
            <numerusform>%n autre erreur s&apos;est produite depuis.</numerusform>
            <numerusform>%n autres erreurs se sont produites depuis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="139"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="24"/>
        <source>Your details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="25"/>
        <source>Claim details</source>
        <translation>Détails de la réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="26"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="27"/>
        <source>Bets, rounds and deposits</source>
        <translation>Paris, parties et dépôts</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="28"/>
        <source>Platform details</source>
        <translation>Détails de la plateforme</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="29"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="30"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="67"/>
        <source>Pick where to go…</source>
        <translation>Choisir où aller…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="69"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>EscalationCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/escalation/commands.py" line="19"/>
        <source>Refer to a &amp;mediator / ADR…</source>
        <translation>Saisir un &amp;médiateur…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/commands.py" line="20"/>
        <source>Support did not solve it: see where to go next, check the file, write the referral letter (Ctrl+5)</source>
        <translation>Le support n&apos;a pas réglé le problème&#x202f;: voyez où aller ensuite, vérifiez le dossier, rédigez la lettre de saisine (Ctrl+5)</translation>
    </message>
</context>
<context>
    <name>EscalationTab</name>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="92"/>
        <source>Body to check the file for</source>
        <translation>Organisme pour lequel vérifier le dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="94"/>
        <source>&amp;Refer to this body…</source>
        <translation>&amp;Saisir cet organisme…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="101"/>
        <source>Ready for:</source>
        <translation>Prêt pour&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="104"/>
        <source>Is the file complete?</source>
        <translation>Le dossier est-il complet&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="118"/>
        <source>Referrals of this claim</source>
        <translation>Saisines de cette réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="121"/>
        <source>No referral recorded yet.</source>
        <translation>Aucune saisine enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="122"/>
        <source>&amp;Update the referral…</source>
        <translation>&amp;Mettre à jour la saisine…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="123"/>
        <source>The body&apos;s answer: case number, status, decision</source>
        <translation>La réponse de l&apos;organisme&#x202f;: numéro de dossier, statut, décision</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="126"/>
        <source>The &amp;letter as sent</source>
        <translation>La &amp;lettre envoyée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="127"/>
        <source>The referral letter kept in the claim when the referral was recorded, on the Evidence tab</source>
        <translation>La lettre de saisine conservée dans la réclamation lors de l’enregistrement de la saisine, dans l’onglet Preuves</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="131"/>
        <source>Referrals</source>
        <translation>Saisines</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="173"/>
        <source>BonusDesk cannot tell where this claim goes next: the platform&apos;s regulator is unknown, or its terms name the ADR body. Pick one above (the platform details say which regulator applies).</source>
        <translation>BonusDesk ne peut pas dire où porter cette réclamation ensuite&#x202f;: le régulateur de la plateforme est inconnu, ou ses conditions désignent l&apos;organisme de règlement des litiges. Choisissez-le ci-dessus (les détails de la plateforme indiquent le régulateur).</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="183"/>
        <source>What %1 needs, from what your claim holds now:</source>
        <translation>Ce dont %1 a besoin, d&apos;après le contenu actuel de votre réclamation&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="191"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="191"/>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="192"/>
        <source>Case number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="192"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="239"/>
        <source>The letter as sent</source>
        <translation>La lettre envoyée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="240"/>
        <source>This referral was recorded before BonusDesk kept the letters it sends. Import the letter you sent (Evidence tab) to keep it with the claim.</source>
        <translation>Cette saisine a été enregistrée avant que BonusDesk ne conserve les lettres envoyées. Importez la lettre que vous avez envoyée (onglet Preuves) pour la garder avec la réclamation.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="262"/>
        <source>Cannot update the referral</source>
        <translation>Impossible de mettre à jour la saisine</translation>
    </message>
</context>
<context>
    <name>EscalationUpdateDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="45"/>
        <source>Referral to %1</source>
        <translation>Saisine&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="48"/>
        <source>Status of the referral</source>
        <translation>Statut de la saisine</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="53"/>
        <source>Case number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="55"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="57"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="58"/>
        <source>Case &amp;number:</source>
        <translation>N° de &amp;dossier&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="59"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#x202f;:</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="62"/>
        <source>Importing evidence…</source>
        <translation>Import des preuves…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="62"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="94"/>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="101"/>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="108"/>
        <source>The files were not added</source>
        <translation>Les fichiers n&apos;ont pas été ajoutés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="137"/>
        <source>%n files added</source>
        <translation>
            <numerusform>%n fichier ajouté</numerusform>
            <numerusform>%n fichiers ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="139"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="143"/>
        <source>%n e-mails logged as contacts</source>
        <translation>
            <numerusform>%n e-mail noté comme contact</numerusform>
            <numerusform>%n e-mails notés comme contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="149"/>
        <source>%1 was added as evidence but is not an e-mail.</source>
        <translation>%1 a été ajouté comme preuve mais n&apos;est pas un e-mail.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="154"/>
        <source>Some files were not added</source>
        <translation>Certains fichiers n&apos;ont pas été ajoutés</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="155"/>
        <source>These files were refused; nothing of them was kept:

%1</source>
        <translation>Ces fichiers ont été refusés&#x202f;; rien n&apos;en a été conservé&#x202f;:

%1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="141"/>
        <source>in the Inbox: file them into a claim when you are ready</source>
        <translation>dans «&#x202f;À classer&#x202f;»&#x202f;: classez-les dans une réclamation quand vous serez prêt</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="318"/>
        <source>The file is missing from the claim folder.</source>
        <translation>Le fichier manque dans le dossier de réclamations.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="324"/>
        <source>This picture cannot be shown here. Open it with the default application.</source>
        <translation>Cette image ne peut pas être affichée ici. Ouvrez-la avec l&apos;application par défaut.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="332"/>
        <source>This e-mail cannot be read here. Open it with the default application.</source>
        <translation>Cet e-mail ne peut pas être lu ici. Ouvrez-le avec l&apos;application par défaut.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="334"/>
        <source>No preview for this kind of file. Open it with the default application.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier. Ouvrez-le avec l&apos;application par défaut.</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="99"/>
        <source>Evidence gallery</source>
        <translation>Galerie des preuves</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="109"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="111"/>
        <source>&amp;Paste image</source>
        <translation>&amp;Coller une image</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="113"/>
        <source>Edit &amp;caption</source>
        <translation>Modifier la &amp;légende</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="119"/>
        <source>Annotate or re&amp;dact…</source>
        <translation>Annoter ou &amp;masquer…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="120"/>
        <source>Arrows, boxes, text, or hiding what must not be seen, on a copy (Ctrl+Shift+E)</source>
        <translation>Flèches, cadres, texte, ou cacher ce qui ne doit pas être vu, sur une copie (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="123"/>
        <source>Read the te&amp;xt…</source>
        <translation>Lire le te&amp;xte…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="124"/>
        <source>The error message and code in a screenshot (Ctrl+Shift+T)</source>
        <translation>Le message et le code d&apos;erreur d&apos;une capture d&apos;écran (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="213"/>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="216"/>
        <source>Annotate or redact…</source>
        <translation>Annoter ou masquer…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="217"/>
        <source>Read the text…</source>
        <translation>Lire le texte…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="219"/>
        <source>Edit the caption…</source>
        <translation>Modifier la légende…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="271"/>
        <source>Add evidence files</source>
        <translation>Ajouter des preuves</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="286"/>
        <source>Cannot add the files</source>
        <translation>Impossible d&apos;ajouter les fichiers</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="297"/>
        <source>Pasted image</source>
        <translation>Image collée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="301"/>
        <source>The clipboard holds no image or file.</source>
        <translation>Le presse-papiers ne contient ni image ni fichier.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="313"/>
        <source>Cannot add the image</source>
        <translation>Impossible d&apos;ajouter l&apos;image</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="315"/>
        <source>Image added</source>
        <translation>Image ajoutée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="344"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="345"/>
        <source>What does this show?</source>
        <translation>Que montre cette preuve&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="353"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="106"/>
        <source>Drop screenshots, photos, PDFs or emails (.eml, .msg) here, or a whole folder. Ctrl+V pastes a copied image. Double-click to view; F2 edits the caption.</source>
        <translation>Déposez ici des captures d&apos;écran, photos, PDF ou e-mails (.eml, .msg), ou un dossier entier. Ctrl+V colle une image copiée. Double-cliquez pour afficher&#x202f;; F2 modifie la légende.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="200"/>
        <source>%n PDF files are protected by a password (%1): their pages are not in the PDF package. Select one and click “Give the password…” to show them.</source>
        <translation>
            <numerusform>%n fichier PDF est protégé par un mot de passe (%1)&#x202f;: son contenu n&apos;est pas dans le dossier PDF. Sélectionnez-le et cliquez sur «&#x202f;Donner le mot de passe…&#x202f;» pour l&apos;afficher.</numerusform>
            <numerusform>%n fichiers PDF sont protégés par un mot de passe (%1)&#x202f;: leur contenu n&apos;est pas dans le dossier PDF. Sélectionnez-en un et cliquez sur «&#x202f;Donner le mot de passe…&#x202f;» pour l&apos;afficher.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="267"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="268"/>
        <source>E-mails (*.eml *.msg)</source>
        <translation>E-mails (*.eml *.msg)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="269"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="270"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="115"/>
        <source>&amp;Move to…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="116"/>
        <source>File the selected items into another claim or back into the Inbox (or drag them onto a claim of the list)</source>
        <translation>Classer les éléments sélectionnés dans une autre réclamation ou les remettre dans «&#x202f;À classer&#x202f;» (ou les glisser sur une réclamation de la liste)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="220"/>
        <source>Move to another claim or the Inbox…</source>
        <translation>Classer dans une autre réclamation ou dans «&#x202f;À classer&#x202f;»…</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="45"/>
        <source>Evidence: %1</source>
        <translation>Preuve&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="60"/>
        <source>Annotate or re&amp;dact…</source>
        <translation>Annoter ou &amp;masquer…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="62"/>
        <source>Read the te&amp;xt…</source>
        <translation>Lire le te&amp;xte…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="82"/>
        <source>File:</source>
        <translation>Fichier&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="83"/>
        <source>Added:</source>
        <translation>Ajouté le&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="87"/>
        <source>Size:</source>
        <translation>Taille&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="87"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="88"/>
        <source>Type:</source>
        <translation>Type&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="90"/>
        <source>Dimensions:</source>
        <translation>Dimensions&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="92"/>
        <source>Pages:</source>
        <translation>Pages&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="94"/>
        <source>Taken (EXIF):</source>
        <translation>Prise (EXIF)&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="96"/>
        <source>SHA-256:</source>
        <translation>SHA-256&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="97"/>
        <source>Integrity:</source>
        <translation>Intégrité&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="98"/>
        <source>Intact: the file matches its fingerprint</source>
        <translation>Intact&#x202f;: le fichier correspond à son empreinte</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="99"/>
        <source>MISSING: the file is not in the folder any more</source>
        <translation>MANQUANT&#x202f;: le fichier n&apos;est plus dans le dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="100"/>
        <source>ALTERED: the file no longer matches its fingerprint</source>
        <translation>MODIFIÉ&#x202f;: le fichier ne correspond plus à son empreinte</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="103"/>
        <source>Kind of evidence</source>
        <translation>Nature de la preuve</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="107"/>
        <source>Kind of &amp;evidence:</source>
        <translation>&amp;Nature de la preuve&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="109"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="110"/>
        <source>What this shows, in a few words</source>
        <translation>Ce que cela montre, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="112"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="114"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="115"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="148"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="52"/>
        <source>Open with the default &amp;application</source>
        <translation>Ouvrir avec l&apos;&amp;application par défaut</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="54"/>
        <source>Show in fo&amp;lder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="85"/>
        <source>Filed in:</source>
        <translation>Classé dans&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="85"/>
        <source>the Inbox (not filed yet)</source>
        <translation>«&#x202f;À classer&#x202f;» (pas encore classé)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="156"/>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="157"/>
        <source>No application on this computer opened it. The file is here:
%1</source>
        <translation>Aucune application de cet ordinateur ne l&apos;a ouvert. Le fichier est ici&#x202f;:
%1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="164"/>
        <source>Cannot show the file</source>
        <translation>Impossible d&apos;afficher le fichier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="165"/>
        <source>The file manager did not open. The file is here:
%1</source>
        <translation>Le gestionnaire de fichiers ne s&apos;est pas ouvert. Le fichier est ici&#x202f;:
%1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="174"/>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="82"/>
        <source>Export the claim as PDF</source>
        <translation>Exporter la réclamation en PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="84"/>
        <source>One PDF with your complaint, the checklist, the timeline, the contacts and every piece of evidence with its fingerprint: ready to send to support, a regulator or a mediator.</source>
        <translation>Un seul PDF avec votre réclamation, les conditions, l&apos;historique, les échanges et chaque preuve avec son empreinte&#x202f;: prêt à envoyer au support, à un régulateur ou à un médiateur.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="100"/>
        <source>Language of the PDF</source>
        <translation>Langue du PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="113"/>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="114"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="120"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="121"/>
        <source>Keep the PDF under</source>
        <translation>Limiter le PDF à</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="126"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="127"/>
        <source>Size limit in megabytes</source>
        <translation>Taille maximale en mégaoctets</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="133"/>
        <source>Attach the original files inside the PDF</source>
        <translation>Joindre les fichiers originaux dans le PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="135"/>
        <source>Also make a ZIP with the original files and their checksums</source>
        <translation>Créer aussi un ZIP avec les fichiers originaux et leurs empreintes</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="139"/>
        <source>Optional: protect the PDF with a password</source>
        <translation>Facultatif&#x202f;: protéger le PDF par un mot de passe</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="140"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="205"/>
        <source>Evidence to include</source>
        <translation>Preuves à inclure</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="148"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="142"/>
        <source>Put the originals of redacted pictures in the ZIP too (never in the PDF)</source>
        <translation>Mettre aussi dans le ZIP les originaux des images masquées (jamais dans le PDF)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="149"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="152"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="153"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="159"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="160"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuves&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="163"/>
        <source>A picture you redacted goes out as its redacted copy unless you choose otherwise; the index names the original and its SHA-256, so a mediator can ask you for it.</source>
        <translation>Une image que vous avez masquée part sous forme de copie masquée, sauf choix contraire&#x202f;; l&apos;index nomme l&apos;original et son SHA-256, pour qu&apos;un médiateur puisse vous le demander.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="170"/>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="176"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="179"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="181"/>
        <source>Show the &amp;file</source>
        <translation>Afficher le &amp;fichier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="207"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="207"/>
        <source>Version sent</source>
        <translation>Version envoyée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="219"/>
        <source>earlier redacted copy</source>
        <translation>copie masquée antérieure</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="233"/>
        <source>Redacted copy</source>
        <translation>Copie masquée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="234"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="235"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="236"/>
        <source>Version of %1 sent</source>
        <translation>Version envoyée de %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="261"/>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="262"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="287"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="287"/>
        <source>Choose a file name for the PDF.</source>
        <translation>Choisissez un nom de fichier pour le PDF.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="292"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="293"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="304"/>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="365"/>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="374"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="311"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="322"/>
        <source>the ZIP file</source>
        <translation>le fichier ZIP</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="324"/>
        <source>the PDF</source>
        <translation>le PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="337"/>
        <source>Exporting… %1</source>
        <translation>Export en cours… %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="343"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="357"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé&#x202f;: rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="377"/>
        <source>Saved %1 (%n pages, %2 MB).
SHA-256: %3</source>
        <translation>
            <numerusform>Enregistré&#x202f;: %1 (%n page, %2 Mo).
SHA-256&#x202f;: %3</numerusform>
            <numerusform>Enregistré&#x202f;: %1 (%n pages, %2 Mo).
SHA-256&#x202f;: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="381"/>
        <source>ZIP: %1</source>
        <translation>ZIP&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="392"/>
        <source>Not recorded in the claim&apos;s history: the claim folder is read-only.</source>
        <translation>Non inscrit dans l&apos;historique de la réclamation&#x202f;: le dossier de réclamation est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="395"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="405"/>
        <source>The original files did not fit in the PDF within the size limit: they are in the ZIP bundle %1 with their SHA-256 fingerprints (the PDF says so). Send both.</source>
        <translation>Les fichiers d&apos;origine ne tenaient pas dans le PDF sous la taille limite&#x202f;: ils sont dans l&apos;archive ZIP %1 avec leurs empreintes SHA-256 (le PDF le précise). Envoyez les deux.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="411"/>
        <source>The PDF is %1 MB, over the %2 MB limit: its screenshots are already at the smallest size that keeps their text readable. Send it through a file-transfer service, or choose fewer evidence items.</source>
        <translation>Le PDF fait %1 Mo, au-delà de la limite de %2 Mo&#x202f;: ses captures sont déjà à la plus petite taille qui garde leur texte lisible. Envoyez-le par un service de transfert de fichiers, ou choisissez moins de preuves.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="93"/>
        <source>Export the file for %1</source>
        <translation>Exporter le dossier pour %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="95"/>
        <source>The file for %1: its own summary page (who, where, by when, what the file holds), the referral letter, then the timeline, the contacts and every piece of evidence with its fingerprint.</source>
        <translation>Le dossier pour %1&#x202f;: sa propre page de synthèse (qui, où, avant quand, ce que contient le dossier), la lettre de saisine, puis la chronologie, les échanges et chaque preuve avec son empreinte.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="252"/>
        <source>The referral letter goes in as you edited it.</source>
        <translation>La lettre de saisine y figure telle que vous l&apos;avez modifiée.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="256"/>
        <source>Your edited letter is in another language: this file will hold the letter written from the claim in the language chosen below.</source>
        <translation>Votre lettre modifiée est dans une autre langue&#x202f;: ce dossier contiendra la lettre rédigée à partir de la réclamation, dans la langue choisie ci-dessous.</translation>
    </message>
</context>
<context>
    <name>Filing</name>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="133"/>
        <source>the Inbox</source>
        <translation>«&#x202f;À classer&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="135"/>
        <source>Cannot file the evidence</source>
        <translation>Impossible de classer la preuve</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="141"/>
        <source>Already in “%1”</source>
        <translation>Déjà dans «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>FolderCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="139"/>
        <source>&amp;Open claim folder…</source>
        <translation>&amp;Ouvrir un dossier de réclamations…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="141"/>
        <source>New claim &amp;folder…</source>
        <translation>Nouveau &amp;dossier de réclamations…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="158"/>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="178"/>
        <source>Windows closed</source>
        <translation>Fenêtres fermées</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="179"/>
        <source>BonusDesk now shows the claim folder %1.

These windows belonged to the folder that was closed; they were closed too and nothing more was written to it:
%2</source>
        <translation>BonusDesk affiche maintenant le dossier de réclamations %1.

Ces fenêtres appartenaient au dossier qui a été fermé&#x202f;; elles ont été fermées aussi et plus rien n&apos;y a été écrit&#x202f;:
%2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="186"/>
        <source>Open claim folder</source>
        <translation>Ouvrir un dossier de réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="192"/>
        <source>Choose where to create the claim folder</source>
        <translation>Choisissez où créer le dossier de réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="228"/>
        <source>Open another claim folder?</source>
        <translation>Ouvrir un autre dossier de réclamations&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="229"/>
        <source>BonusDesk was started again for the claim folder %1.

Open it instead of %2? Windows open on %2 will be closed; the details you typed are saved first.</source>
        <translation>BonusDesk a été relancé pour le dossier de réclamations %1.

L&apos;ouvrir à la place de %2&#x202f;? Les fenêtres ouvertes sur %2 seront fermées&#x202f;; les détails saisis sont d&apos;abord enregistrés.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="144"/>
        <source>&amp;Back up / move the claim folder…</source>
        <translation>&amp;Sauvegarder / déplacer le dossier de réclamations…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="145"/>
        <source>Copy the whole claim folder elsewhere and check the copy, or move it</source>
        <translation>Copier tout le dossier de réclamations ailleurs et vérifier la copie, ou le déplacer</translation>
    </message>
</context>
<context>
    <name>FolderSafety</name>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="137"/>
        <source>This claim folder is synced by %1: File › Back up / move the claim folder… moves it out.</source>
        <translation>Ce dossier de réclamations est synchronisé par %1&#x202f;: Fichier › Sauvegarder / déplacer le dossier de réclamations… le met ailleurs.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="154"/>
        <source>Do not warn me again for this folder</source>
        <translation>Ne plus me prévenir pour ce dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="156"/>
        <source>&amp;Move the folder…</source>
        <translation>&amp;Déplacer le dossier…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="157"/>
        <source>&amp;Keep it here</source>
        <translation>Le &amp;garder ici</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="179"/>
        <source>A folder of this computer that %1 does not sync is safer. Create the claim folder here anyway?</source>
        <translation>Un dossier de cet ordinateur que %1 ne synchronise pas est plus sûr. Créer le dossier de réclamations ici quand même&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="182"/>
        <source>Create it &amp;here</source>
        <translation>Le créer &amp;ici</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="183"/>
        <source>&amp;Choose another place</source>
        <translation>&amp;Choisir un autre endroit</translation>
    </message>
</context>
<context>
    <name>FolderSession</name>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="57"/>
        <source>Folder in use</source>
        <translation>Dossier déjà utilisé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="58"/>
        <source>The claim folder %1 is already open in another BonusDesk window or program.

Close it there, then try again. Nothing was changed.</source>
        <translation>Le dossier de réclamations %1 est déjà ouvert dans une autre fenêtre ou un autre programme BonusDesk.

Fermez-le là-bas, puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="64"/>
        <source>Newer folder</source>
        <translation>Dossier plus récent</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="65"/>
        <source>The claim folder %1 was saved by a newer version of BonusDesk.

Update BonusDesk to open it. Nothing was changed.</source>
        <translation>Le dossier de réclamations %1 a été enregistré par une version plus récente de BonusDesk.

Mettez BonusDesk à jour pour l&apos;ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="71"/>
        <source>Not a claim folder</source>
        <translation>Pas un dossier de réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="72"/>
        <source>%1 is not a BonusDesk claim folder yet.

Create a new claim folder there?</source>
        <translation>%1 n&apos;est pas encore un dossier de réclamations BonusDesk.

Créer un nouveau dossier de réclamations ici&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="48"/>
        <location filename="../../bonusdesk/ui/folders.py" line="79"/>
        <location filename="../../bonusdesk/ui/folders.py" line="86"/>
        <source>Cannot open folder</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="80"/>
        <source>The claim folder %1 cannot be created there (%2). Nothing was changed: choose a place you can write to.</source>
        <translation>Le dossier de réclamation %1 ne peut pas être créé à cet endroit (%2). Rien n&apos;a été modifié&#x202f;: choisissez un emplacement où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="87"/>
        <source>The claim folder %1 cannot be opened:
%2</source>
        <translation>Le dossier de réclamations %1 ne peut pas être ouvert&#x202f;:
%2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="118"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="96"/>
        <source>&lt;h2&gt;Welcome to BonusDesk&lt;/h2&gt;&lt;p&gt;BonusDesk keeps everything about a problem with an online bonus in one place, on this computer only. It works in three steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Describe the problem.&lt;/b&gt; Create a claim: the platform, when it happened, what you did, what you expected and what happened instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gather evidence.&lt;/b&gt; Take screenshots, drop files and emails into the claim. Each file is kept unchanged with its date and fingerprint.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report in time and follow up.&lt;/b&gt; Write your report, send it to support before the deadline, log every answer and export a PDF package if you need to escalate.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;No claim yet and the error is on screen? Capture it now (Ctrl+Shift+S): the screenshot waits in the Inbox until you file it into a claim.&lt;/p&gt;&lt;p&gt;Your claims are saved in: &lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans BonusDesk&lt;/h2&gt;&lt;p&gt;BonusDesk rassemble tout ce qui concerne un problème de bonus en ligne, au même endroit et uniquement sur cet ordinateur. Trois étapes&#x202f;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Décrivez le problème.&lt;/b&gt; Créez une réclamation&#x202f;: la plateforme, le moment de l&apos;incident, ce que vous avez fait, ce que vous attendiez et ce qui s&apos;est passé.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rassemblez les preuves.&lt;/b&gt; Faites des captures d&apos;écran, déposez des fichiers et des e-mails dans la réclamation. Chaque fichier est conservé tel quel, avec sa date et son empreinte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Signalez à temps et faites le suivi.&lt;/b&gt; Rédigez votre signalement, envoyez-le au support avant l&apos;échéance, notez chaque réponse et exportez un dossier PDF si vous devez aller plus loin.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Pas encore de réclamation et l&apos;erreur est à l&apos;écran&#x202f;? Capturez-la tout de suite (Ctrl+Maj+S)&#x202f;: la capture attend dans «&#x202f;À classer&#x202f;» jusqu&apos;à ce que vous la classiez dans une réclamation.&lt;/p&gt;&lt;p&gt;Vos réclamations sont enregistrées dans&#x202f;: &lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="122"/>
        <source>&amp;What do I do now?</source>
        <translation>&amp;Que faire maintenant&#x202f;?</translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/commands.py" line="26"/>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Noter un échange…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/commands.py" line="60"/>
        <source>Cannot change the status</source>
        <translation>Impossible de changer le statut</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/commands.py" line="62"/>
        <source>Status changed to: %1</source>
        <translation>Nouveau statut&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/base.py" line="125"/>
        <source>A system-wide shortcut is not available on macOS yet in this version: use the shortcut while BonusDesk is in front, or take the screenshot with Cmd+Shift+5 and import the file.</source>
        <translation>Un raccourci global n&apos;est pas encore disponible sur macOS dans cette version&#x202f;: utilisez le raccourci quand BonusDesk est au premier plan, ou faites la capture avec Cmd+Maj+5 et importez le fichier.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/base.py" line="132"/>
        <source>This display system offers no system-wide shortcut to applications: the shortcut works while BonusDesk is in front.</source>
        <translation>Ce système d&apos;affichage n&apos;offre pas de raccourci global aux applications&#x202f;: le raccourci fonctionne quand BonusDesk est au premier plan.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/base.py" line="139"/>
        <source>Wayland does not let applications use system-wide shortcuts: the shortcut works while BonusDesk is in front. For other windows, take the screenshot with your desktop&apos;s screenshot tool and import the file.</source>
        <translation>Wayland ne permet pas aux applications d&apos;utiliser des raccourcis globaux&#x202f;: le raccourci fonctionne quand BonusDesk est au premier plan. Pour les autres fenêtres, faites la capture avec l&apos;outil de capture de votre bureau et importez le fichier.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/keys.py" line="87"/>
        <source>No shortcut is set.</source>
        <translation>Aucun raccourci n&apos;est défini.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/keys.py" line="91"/>
        <location filename="../../bonusdesk/ui/capture/hotkey/keys.py" line="99"/>
        <source>“%1” is not a key combination.</source>
        <translation>«&#x202f;&#x202f;%1&#x202f;&#x202f;» n&apos;est pas une combinaison de touches.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/keys.py" line="93"/>
        <source>A global shortcut must be a single key combination, not a sequence like “%1”.</source>
        <translation>Un raccourci global doit être une seule combinaison de touches, pas une suite comme «&#x202f;&#x202f;%1&#x202f;&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/keys.py" line="113"/>
        <source>The key of “%1” cannot be used as a global shortcut; use a letter, a digit or a function key.</source>
        <translation>La touche de «&#x202f;&#x202f;%1&#x202f;&#x202f;» ne peut pas servir de raccourci global&#x202f;; utilisez une lettre, un chiffre ou une touche de fonction.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/windows.py" line="63"/>
        <location filename="../../bonusdesk/ui/capture/hotkey/x11.py" line="142"/>
        <source>“%1” is already used by another application: choose another shortcut. It works only while BonusDesk is in front.</source>
        <translation>«&#x202f;&#x202f;%1&#x202f;&#x202f;» est déjà utilisé par une autre application&#x202f;: choisissez un autre raccourci. Il ne fonctionne que lorsque BonusDesk est au premier plan.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/windows.py" line="68"/>
        <source>Windows refused the system-wide shortcut “%1”.</source>
        <translation>Windows a refusé le raccourci global «&#x202f;&#x202f;%1&#x202f;&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/x11.py" line="125"/>
        <source>The X11 library (libX11) is missing: the shortcut works only while BonusDesk is in front.</source>
        <translation>La bibliothèque X11 (libX11) est absente&#x202f;: le raccourci ne fonctionne que lorsque BonusDesk est au premier plan.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/x11.py" line="131"/>
        <source>Cannot connect to the X server for a system-wide shortcut.</source>
        <translation>Impossible de se connecter au serveur X pour un raccourci global.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/x11.py" line="136"/>
        <source>The key of “%1” is not on this keyboard.</source>
        <translation>La touche de «&#x202f;&#x202f;%1&#x202f;&#x202f;» n&apos;existe pas sur ce clavier.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/portal_shortcuts.py" line="86"/>
        <source>Cannot reach the desktop&apos;s session bus for a system-wide shortcut: the shortcut works while BonusDesk is in front.</source>
        <translation>Impossible de joindre le bus de session du bureau pour un raccourci global&#x202f;: le raccourci fonctionne lorsque BonusDesk est au premier plan.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/portal_shortcuts.py" line="116"/>
        <source>Your desktop offers no system-wide shortcuts to applications (no GlobalShortcuts portal): the shortcut works while BonusDesk is in front. Bind a key to your desktop&apos;s screenshot tool instead.</source>
        <translation>Votre bureau ne propose pas de raccourcis globaux aux applications (pas de portail GlobalShortcuts)&#x202f;: le raccourci fonctionne lorsque BonusDesk est au premier plan. Associez plutôt une touche à l&apos;outil de capture de votre bureau.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/portal_shortcuts.py" line="130"/>
        <source>The desktop refused a system-wide shortcut: the shortcut works while BonusDesk is in front.</source>
        <translation>Le bureau a refusé le raccourci global&#x202f;: le raccourci fonctionne lorsque BonusDesk est au premier plan.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/portal_shortcuts.py" line="137"/>
        <source>Capture the screen into BonusDesk</source>
        <translation>Capturer l&apos;écran dans BonusDesk</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/portal_shortcuts.py" line="146"/>
        <source>The shortcut was not allowed in the desktop&apos;s dialog: it works while BonusDesk is in front.</source>
        <translation>Le raccourci n&apos;a pas été autorisé dans la fenêtre du bureau&#x202f;: il fonctionne lorsque BonusDesk est au premier plan.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/portal_shortcuts.py" line="214"/>
        <source>The connection to the desktop&apos;s session bus was lost: the shortcut works while BonusDesk is in front.</source>
        <translation>La connexion au bus de session du bureau a été perdue&#x202f;: le raccourci fonctionne lorsque BonusDesk est au premier plan.</translation>
    </message>
</context>
<context>
    <name>GuideCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/guide.py" line="95"/>
        <source>&amp;What do I do now?</source>
        <translation>&amp;Que faire maintenant&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/guide.py" line="96"/>
        <source>The journey in six steps, what evidence to gather, deadlines, escalation (F1)</source>
        <translation>Le parcours en six étapes, les preuves à rassembler, les échéances, les recours (F1)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/guide.py" line="32"/>
        <location filename="../../bonusdesk/ui/guide.py" line="44"/>
        <location filename="../../bonusdesk/ui/guide.py" line="46"/>
        <source>What do I do now?</source>
        <translation>Que faire maintenant&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/guide.py" line="35"/>
        <source>Sections of the guide</source>
        <translation>Parties du guide</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/guide.py" line="38"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>IdBoxes</name>
    <message>
        <location filename="../../bonusdesk/ui/editor/id_boxes.py" line="62"/>
        <source>Reading the document to find its number…</source>
        <translation>Lecture du document pour trouver son numéro…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/id_boxes.py" line="76"/>
        <source>No document number or machine-readable lines were found: draw the boxes yourself with Redact (B).</source>
        <translation>Aucun numéro de document ni ligne lisible par machine trouvé&#x202f;: tracez vous-même les cadres avec Masquer (B).</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/id_boxes.py" line="81"/>
        <source>Boxes proposed. OCR can miss a number (glare, a photo at an angle): look at the whole document before confirming.</source>
        <translation>Cadres proposés. La lecture peut manquer un numéro (reflet, photo de biais)&#x202f;: regardez tout le document avant de confirmer.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/id_boxes.py" line="84"/>
        <source>The number will read: %1</source>
        <translation>Le numéro se lira&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>ImagePreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="89"/>
        <source>Evidence picture</source>
        <translation>Image de la preuve</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="90"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="91"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="92"/>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="93"/>
        <source>&amp;100 %</source>
        <translation>&amp;100&#x202f;%</translation>
    </message>
</context>
<context>
    <name>InboxButton</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="113"/>
        <source>Inbox</source>
        <translation>À classer</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="42"/>
        <source>Inbox</source>
        <translation>À classer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="48"/>
        <source>Screenshots and files waiting to be filed into a claim. Drag them onto a claim on the left, or select them and use “Move to claim…”. Nothing is copied twice.</source>
        <translation>Captures et fichiers en attente d&apos;être classés dans une réclamation. Glissez-les sur une réclamation à gauche, ou sélectionnez-les et utilisez «&#x202f;Classer dans une réclamation…&#x202f;». Rien n&apos;est copié deux fois.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="54"/>
        <source>Evidence in the Inbox</source>
        <translation>Preuves à classer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="58"/>
        <source>Nothing is waiting. A screenshot taken with no claim selected (Ctrl+Shift+S) lands here; so do files dropped here.</source>
        <translation>Rien en attente. Une capture prise sans réclamation sélectionnée (Ctrl+Maj+S) arrive ici&#x202f;; les fichiers déposés ici aussi.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="62"/>
        <source>&amp;Move to claim…</source>
        <translation>&amp;Classer dans une réclamation…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="63"/>
        <source>File the selected items into a claim (Ctrl+M)</source>
        <translation>Classer les éléments sélectionnés dans une réclamation (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="65"/>
        <source>&amp;View…</source>
        <translation>&amp;Voir…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="67"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="118"/>
        <source>Add files to the Inbox</source>
        <translation>Ajouter des fichiers à «&#x202f;À classer&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="131"/>
        <source>Cannot add the files</source>
        <translation>Impossible d&apos;ajouter les fichiers</translation>
    </message>
</context>
<context>
    <name>MailPreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="267"/>
        <source>From:</source>
        <translation>De&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="268"/>
        <source>To:</source>
        <translation>À&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="269"/>
        <source>Cc:</source>
        <translation>Cc&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="270"/>
        <source>Date:</source>
        <translation>Date&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="271"/>
        <source>unknown (the e-mail has no date)</source>
        <translation>inconnue (l&apos;e-mail n&apos;a pas de date)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="272"/>
        <source>Subject:</source>
        <translation>Objet&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="275"/>
        <source>E-mail text</source>
        <translation>Texte de l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="279"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="291"/>
        <source>Attachments: %1</source>
        <translation>Pièces jointes&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="293"/>
        <source>(added as evidence when you file the e-mail into a claim)</source>
        <translation>(ajoutées comme preuves quand vous classerez l&apos;e-mail dans une réclamation)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="131"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="127"/>
        <source>&amp;Add evidence files…</source>
        <translation>&amp;Ajouter des preuves…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="128"/>
        <source>Add screenshots, PDFs or emails (Ctrl+I)</source>
        <translation>Ajouter des captures, des PDF ou des e-mails (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="171"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="177"/>
        <source>&amp;Recent folders</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="187"/>
        <source>&amp;Claim</source>
        <translation>&amp;Réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="188"/>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="205"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="219"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="229"/>
        <source>Follow-up toolbar</source>
        <translation>Barre de suivi</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="233"/>
        <source>Follow-up:</source>
        <translation>Suivi&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="261"/>
        <source>No claim folder is open.
Use File → Open claim folder.</source>
        <translation>Aucun dossier de réclamations n&apos;est ouvert.
Utilisez Fichier → Ouvrir un dossier de réclamations.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="288"/>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="134"/>
        <source>Go to the &amp;Inbox</source>
        <translation>Aller à «&#x202f;À c&amp;lasser&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="135"/>
        <source>Screenshots and files waiting to be filed into a claim (Ctrl+Shift+I)</source>
        <translation>Captures et fichiers en attente d&apos;être classés dans une réclamation (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="264"/>
        <source>No claims yet.

Click “New claim” (Ctrl+N) to describe your problem.
Not sure where to start? Help › What do I do now? (F1)</source>
        <translation>Aucune réclamation pour l&apos;instant.

Cliquez sur «&#x202f;Nouvelle réclamation&#x202f;» (Ctrl+N) pour décrire votre problème.
Vous ne savez pas par où commencer&#x202f;? Aide › Que faire maintenant&#x202f;? (F1)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="270"/>
        <source>The error is on screen right now? Capture it first (%1): no claim is needed, the screenshot waits in the Inbox.</source>
        <translation>L&apos;erreur est à l&apos;écran en ce moment&#x202f;? Capturez-la d&apos;abord (%1)&#x202f;: pas besoin de réclamation, la capture attend dans «&#x202f;À classer&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="274"/>
        <source>Select a claim on the left.

Not sure what to do next? Help › What do I do now? (F1)</source>
        <translation>Sélectionnez une réclamation à gauche.

Vous ne savez pas quoi faire ensuite&#x202f;? Aide › Que faire maintenant&#x202f;? (F1)</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="42"/>
        <source>Move to claim</source>
        <translation>Classer dans une réclamation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="45"/>
        <source>File %n items into the claim they belong to. Nothing is copied; the claim&apos;s History records it.</source>
        <translation>
            <numerusform>Classer %n élément dans la réclamation à laquelle il appartient. Rien n&apos;est copié&#x202f;; l&apos;historique de la réclamation le note.</numerusform>
            <numerusform>Classer %n éléments dans la réclamation à laquelle ils appartiennent. Rien n&apos;est copié&#x202f;; l&apos;historique de la réclamation le note.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="49"/>
        <source>Find a claim</source>
        <translation>Trouver une réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="50"/>
        <source>Type to find a claim…</source>
        <translation>Tapez pour trouver une réclamation…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="54"/>
        <source>Claims</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="60"/>
        <source>The Inbox (not filed)</source>
        <translation>«&#x202f;À classer&#x202f;» (pas classé)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="70"/>
        <source>There is no claim yet: create one first (Ctrl+N).</source>
        <translation>Il n&apos;y a pas encore de réclamation&#x202f;: créez-en une d&apos;abord (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="76"/>
        <source>&amp;File here</source>
        <translation>&amp;Classer ici</translation>
    </message>
</context>
<context>
    <name>NewClaimDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="39"/>
        <source>New claim</source>
        <translation>Nouvelle réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="44"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="45"/>
        <source>Name of the site or app</source>
        <translation>Nom du site ou de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="50"/>
        <source>Kind of platform</source>
        <translation>Type de plateforme</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="56"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="57"/>
        <source>Reporting window in hours</source>
        <translation>Délai de signalement en heures</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="58"/>
        <source>New platform: choose its kind and how long you have to report a problem.</source>
        <translation>Nouvelle plateforme&#x202f;: choisissez son type et le délai dont vous disposez pour signaler un problème.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="63"/>
        <source>e.g. Welcome bonus not credited</source>
        <translation>ex. Bonus de bienvenue non crédité</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="64"/>
        <source>Claim title</source>
        <translation>Titre de la réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="66"/>
        <source>What kind of problem</source>
        <translation>Type de problème</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="72"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="74"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="75"/>
        <source>Reporting &amp;window:</source>
        <translation>&amp;Délai de signalement&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="76"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="77"/>
        <source>&amp;Problem:</source>
        <translation>P&amp;roblème&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="78"/>
        <source>When did it &amp;happen?</source>
        <translation>&amp;Quand est-ce arrivé&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="82"/>
        <source>Create claim</source>
        <translation>Créer la réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="109"/>
        <source>Platform missing</source>
        <translation>Plateforme manquante</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="110"/>
        <source>Type the name of the site or app.</source>
        <translation>Saisissez le nom du site ou de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="113"/>
        <source>Title missing</source>
        <translation>Titre manquant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="114"/>
        <source>Give the claim a short title.</source>
        <translation>Donnez un titre court à la réclamation.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="119"/>
        <source>Unknown time zone</source>
        <translation>Fuseau horaire inconnu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="120"/>
        <source>%1 is not a time zone. Pick one from the list, e.g. Europe/Paris.</source>
        <translation>%1 n&apos;est pas un fuseau horaire. Choisissez-en un dans la liste, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="135"/>
        <source>Cannot create the claim</source>
        <translation>Impossible de créer la réclamation</translation>
    </message>
</context>
<context>
    <name>NotDrawnBox</name>
    <message>
        <location filename="../../bonusdesk/ui/report/not_drawn.py" line="24"/>
        <source>Items that could not be drawn</source>
        <translation>Éléments qui n&apos;ont pas pu être dessinés</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/not_drawn.py" line="27"/>
        <source>The export is done all the same. Each of these items has a page in the PDF that says why, and its file is attached unchanged with its SHA-256. If a file is damaged, ask whoever sent it for a new copy and add it to the claim.</source>
        <translation>L&apos;export est fait quand même. Chacun de ces éléments a une page dans le PDF qui dit pourquoi, et son fichier est joint sans modification avec son SHA-256. Si un fichier est abîmé, demandez-en une nouvelle copie à qui vous l&apos;a envoyé et ajoutez-la à la réclamation.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/not_drawn.py" line="42"/>
        <source>#%1 %2 — %3</source>
        <translation>n°%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/not_drawn.py" line="44"/>
        <source>%n items could not be drawn:</source>
        <translation>
            <numerusform>%n élément n&apos;a pas pu être dessiné&#x202f;:</numerusform>
            <numerusform>%n éléments n&apos;ont pas pu être dessinés&#x202f;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpItem</name>
    <message>
        <location filename="../../bonusdesk/ui/editor/items.py" line="276"/>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="126"/>
        <source>PDF page</source>
        <translation>Page du PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="135"/>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="136"/>
        <source>Ne&amp;xt page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="203"/>
        <source>This PDF is protected by a password, so its pages cannot be shown here. On the Evidence tab, select it and use &quot;Give the password…&quot;: its pages are then shown from an unlocked copy (this file is kept as it is).</source>
        <translation>Ce PDF est protégé par un mot de passe&#x202f;: ses pages ne peuvent pas être affichées ici. Dans l&apos;onglet Preuves, sélectionnez-le et utilisez «&#x202f;Donner le mot de passe…&#x202f;»&#x202f;: ses pages s&apos;affichent alors depuis une copie déverrouillée (ce fichier reste tel quel).</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="209"/>
        <source>This PDF cannot be shown here: it is damaged, or not a PDF. Open it with the default application, which may repair it.</source>
        <translation>Ce PDF ne peut pas être affiché ici&#x202f;: il est endommagé, ou ce n&apos;est pas un PDF. Ouvrez-le avec l&apos;application par défaut, qui saura peut-être le réparer.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="213"/>
        <source>This PDF cannot be read: %1</source>
        <translation>Ce PDF ne peut pas être lu&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="243"/>
        <source>Drawing the page…</source>
        <translation>Affichage de la page…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="240"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="57"/>
        <source>Platform: %1</source>
        <translation>Plateforme&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="60"/>
        <source>Kind of platform</source>
        <translation>Type de plateforme</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="64"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="64"/>
        <source>Support email</source>
        <translation>E-mail du support</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="65"/>
        <source>Support phone</source>
        <translation>Téléphone du support</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="66"/>
        <source>Contact form address</source>
        <translation>Adresse du formulaire de contact</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="79"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="81"/>
        <source>Reporting window in hours</source>
        <translation>Délai de signalement en heures</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="85"/>
        <source>Regulator</source>
        <translation>Régulateur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="101"/>
        <source>Leave empty when the platform counts deadlines in your own time zone</source>
        <translation>Laissez vide si la plateforme compte les délais dans votre propre fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="104"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="108"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="110"/>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="118"/>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="120"/>
        <source>%1:</source>
        <translation>%1&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="111"/>
        <source>Reporting &amp;window:</source>
        <translation>&amp;Délai de signalement&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="116"/>
        <source>&amp;Regulator:</source>
        <translation>&amp;Régulateur&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="112"/>
        <source>Deadlines &amp;time zone:</source>
        <translation>&amp;Fuseau horaire des délais&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="113"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="264"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="67"/>
        <source>Operator&apos;s legal entity</source>
        <translation>Société exploitante</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="68"/>
        <source>Licence number</source>
        <translation>Numéro de licence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="73"/>
        <source>The company named at the bottom of the site or in its terms, e.g. Etoile Gaming Ltd</source>
        <translation>La société nommée en bas du site ou dans ses conditions, p. ex. Etoile Gaming Ltd</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="75"/>
        <source>As printed in the site&apos;s footer</source>
        <translation>Tel qu&apos;indiqué en bas du site</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="86"/>
        <source>Unknown: pick one</source>
        <translation>Inconnu&#x202f;: choisissez-le</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="92"/>
        <source>ADR body named in the terms</source>
        <translation>Organisme de règlement des litiges désigné dans les conditions</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="122"/>
        <source>&amp;ADR body:</source>
        <translation>Organisme de &amp;médiation&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="123"/>
        <source>The regulator decides which escalation clocks apply (for example the operator&apos;s 8 weeks in the United Kingdom) and where the dispute goes next. The terms and conditions name the operator&apos;s company, its licence and its ADR body.</source>
        <translation>Le régulateur détermine les délais de recours (par exemple les 8 semaines de l&apos;opérateur au Royaume-Uni) et l&apos;instance à saisir ensuite. Les conditions générales indiquent la société exploitante, sa licence et son organisme de règlement des litiges.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="128"/>
        <source>Licence and escalation</source>
        <translation>Licence et recours</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="184"/>
        <source>The escalation rules cannot be read: %1</source>
        <translation>Les règles de recours sont illisibles&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="192"/>
        <source>Escalation clocks: %1</source>
        <translation>Délais de recours&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="195"/>
        <source>No regulator given: pick one from the list, or no escalation clock applies.</source>
        <translation>Aucun régulateur indiqué&#x202f;: choisissez-en un dans la liste, sinon aucun délai de recours ne s&apos;applique.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="198"/>
        <source>“%1” is not a regulator BonusDesk knows: unknown, pick one from the list.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un régulateur connu de BonusDesk&#x202f;: inconnu, choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="213"/>
        <source>As the rules say: %1</source>
        <translation>Selon les règles&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="215"/>
        <source>Not named: pick the one the operator&apos;s terms name</source>
        <translation>Non désigné&#x202f;: choisissez celui que nomment les conditions de l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="217"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="35"/>
        <source>Your details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="38"/>
        <source>Your letters to support and your files for a mediator are signed with these details. They stay in this claim folder, on this computer. Leave empty what you do not want to give: letters then leave it out.</source>
        <translation>Vos courriers au support et vos dossiers pour un médiateur sont signés avec ces coordonnées. Elles restent dans ce dossier de réclamation, sur cet ordinateur. Laissez vide ce que vous ne voulez pas donner&#x202f;: les courriers l&apos;omettent alors.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="43"/>
        <source>Your full name</source>
        <translation>Vos prénom et nom</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="44"/>
        <source>First and last name, as on your account</source>
        <translation>Prénom et nom, comme sur votre compte</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="46"/>
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="47"/>
        <source>The address of your account</source>
        <translation>L&apos;adresse de votre compte</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="49"/>
        <source>Your postal address</source>
        <translation>Votre adresse postale</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="50"/>
        <source>As on an envelope, one line per line (for letters sent by post)</source>
        <translation>Comme sur une enveloppe, ligne par ligne (pour les courriers postaux)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="56"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="57"/>
        <source>Postal &amp;address:</source>
        <translation>&amp;Adresse postale&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="79"/>
        <source>Cannot save your details</source>
        <translation>Impossible d&apos;enregistrer vos coordonnées</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/proposals.py" line="36"/>
        <source>Status changed to: %1 (a written report within the reporting window)</source>
        <translation>Statut passé à&#x202f;: %1 (un signalement écrit dans le délai de signalement)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/proposals.py" line="59"/>
        <source>Record the status?</source>
        <translation>Enregistrer le statut&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/proposals.py" line="61"/>
        <source>&amp;Record it</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/proposals.py" line="63"/>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/proposals.py" line="78"/>
        <source>Cannot change the status</source>
        <translation>Impossible de changer le statut</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/proposals.py" line="81"/>
        <source>Status changed to: %1</source>
        <translation>Statut passé à&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/qt_strings.py" line="16"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/qt_strings.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#x202f;:</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="24"/>
        <source>it is on a read-only disk</source>
        <translation>il est sur un disque en lecture seule</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="26"/>
        <source>you do not have permission to change it</source>
        <translation>vous n&apos;avez pas le droit de le modifier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="27"/>
        <source>it was opened for reading only</source>
        <translation>il a été ouvert en lecture seule</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="28"/>
        <source>the database refused the change</source>
        <translation>la base de données a refusé la modification</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="36"/>
        <source>you do not have permission to change %1</source>
        <translation>vous n&apos;avez pas le droit de modifier %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="42"/>
        <source>Read only: this claim folder cannot be changed (%1). You can read, search, check it and export to another place; nothing can be added or changed.</source>
        <translation>Lecture seule&#x202f;: ce dossier de réclamation ne peut pas être modifié (%1). Vous pouvez le lire, y chercher, le vérifier et exporter vers un autre emplacement&#x202f;; rien ne peut être ajouté ni modifié.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="53"/>
        <source>The claim folder %1 is read-only (%2): it can be read, searched, checked and exported to another place, but not changed. Nothing was changed.</source>
        <translation>Le dossier de réclamation %1 est en lecture seule (%2)&#x202f;: on peut le lire, y chercher, le vérifier et l&apos;exporter vers un autre emplacement, mais pas le modifier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="74"/>
        <source>Read-only folder</source>
        <translation>Dossier en lecture seule</translation>
    </message>
</context>
<context>
    <name>ReadTextDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="53"/>
        <source>Read the text: %1</source>
        <translation>Lire le texte&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="55"/>
        <source>The whole picture.</source>
        <translation>Toute l&apos;image.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="56"/>
        <source>The region %1 × %2 pixels at %3, %4 of the picture.</source>
        <translation>La zone de %1 × %2 pixels en %3, %4 de l&apos;image.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="62"/>
        <source>Reading progress</source>
        <translation>Avancement de la lecture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="67"/>
        <source>Text read</source>
        <translation>Texte lu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="68"/>
        <source>The text read in the picture appears here.</source>
        <translation>Le texte lu sur l&apos;image s&apos;affiche ici.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="71"/>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="73"/>
        <source>Use as the claim&apos;s error &amp;code…</source>
        <translation>Utiliser comme &amp;code d&apos;erreur de la réclamation…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="75"/>
        <source>Use as the claim&apos;s error &amp;message…</source>
        <translation>Utiliser comme &amp;message d&apos;erreur de la réclamation…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="76"/>
        <source>Select the sentence in the text first; without a selection the whole text is offered.</source>
        <translation>Sélectionnez d&apos;abord la phrase dans le texte&#x202f;; sans sélection, tout le texte est proposé.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="83"/>
        <source>Error code found:</source>
        <translation>Code d&apos;erreur trouvé&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="85"/>
        <source>Co&amp;py the text</source>
        <translation>Co&amp;pier le texte</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="90"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="118"/>
        <source>Reading the text… (a few seconds for a full screen)</source>
        <translation>Lecture du texte… (quelques secondes pour un écran entier)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="123"/>
        <source>Cancelled: nothing was read or stored.</source>
        <translation>Annulé&#x202f;: rien n&apos;a été lu ni enregistré.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="132"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="155"/>
        <source>No text was found in the picture.</source>
        <translation>Aucun texte n&apos;a été trouvé sur l&apos;image.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="158"/>
        <source>Read in %1 s by %2. Kept with the evidence: searching the claims now finds these words.</source>
        <translation>Lu en %1&#xa0;s par %2. Conservé avec la preuve&#x202f;: la recherche dans les réclamations trouve désormais ces mots.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="176"/>
        <source>Put “%1” in the claim&apos;s error code?</source>
        <translation>Mettre «&#x202f;%1&#x202f;» comme code d&apos;erreur de la réclamation&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="180"/>
        <source>Put this text in the claim&apos;s error message?

“%1”</source>
        <translation>Mettre ce texte comme message d&apos;erreur de la réclamation&#x202f;?

«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="189"/>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="209"/>
        <source>Cannot change the claim</source>
        <translation>Impossible de modifier la réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="193"/>
        <source>The claim already says exactly that.</source>
        <translation>La réclamation indique déjà exactement cela.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="197"/>
        <source>It replaces: “%1”</source>
        <translation>Cela remplace&#x202f;: «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="198"/>
        <source>Change the claim?</source>
        <translation>Modifier la réclamation&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="211"/>
        <source>Saved in the claim.</source>
        <translation>Enregistré dans la réclamation.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="212"/>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="213"/>
        <source>Error message: %1</source>
        <translation>Message d&apos;erreur&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>ReadyPanel</name>
    <message>
        <location filename="../../bonusdesk/ui/escalation/ready_panel.py" line="42"/>
        <source>What the file holds and what is missing</source>
        <translation>Ce que contient le dossier et ce qui manque</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/escalation/ready_panel.py" line="66"/>
        <source>Not ready: %n items missing.</source>
        <translation>
            <numerusform>Pas prêt&#x202f;: %n élément manque.</numerusform>
            <numerusform>Pas prêt&#x202f;: %n éléments manquent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/ready_panel.py" line="70"/>
        <source>Ready: nothing is missing.</source>
        <translation>Prêt&#x202f;: rien ne manque.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/ready_panel.py" line="74"/>
        <source>You may refer from %1.</source>
        <translation>Vous pouvez saisir à partir du %1.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/ready_panel.py" line="77"/>
        <source>Refer by %1 at the latest.</source>
        <translation>Saisissez au plus tard le %1.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/ready_panel.py" line="85"/>
        <source>Fill in: %1</source>
        <translation>À compléter&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="63"/>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="351"/>
        <source>Refer to a mediator / ADR</source>
        <translation>Saisir un médiateur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="67"/>
        <source>Body to refer the dispute to</source>
        <translation>Organisme à saisir</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="77"/>
        <source>Where to send it</source>
        <translation>Où l&apos;envoyer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="78"/>
        <source>Copy the a&amp;ddress</source>
        <translation>Cop&amp;ier l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="85"/>
        <source>Language of the letter</source>
        <translation>Langue du courrier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="90"/>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="128"/>
        <source>Referral letter</source>
        <translation>Lettre de saisine</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="92"/>
        <source>&amp;Copy the letter</source>
        <translation>&amp;Copier le courrier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="94"/>
        <source>Sa&amp;ve the letter…</source>
        <translation>En&amp;registrer le courrier…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="96"/>
        <source>E&amp;xport the file for this body…</source>
        <translation>E&amp;xporter le dossier pour cet organisme…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="98"/>
        <source>A PDF with its own summary page and checklist, the referral letter and all the evidence</source>
        <translation>Un PDF avec sa propre page de synthèse et sa liste de contrôle, la lettre de saisine et toutes les preuves</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="103"/>
        <source>When you sent it</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="105"/>
        <source>Case number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="106"/>
        <source>If the body gave you one (you can add it later)</source>
        <translation>Si l&apos;organisme vous en a donné un (vous pourrez l&apos;ajouter plus tard)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="109"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="110"/>
        <source>&amp;Record the referral</source>
        <translation>&amp;Noter la saisine</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="111"/>
        <source>The claim&apos;s status becomes “referred” and this body&apos;s own clocks start</source>
        <translation>Le statut de la réclamation devient «&#x202f;Médiateur saisi&#x202f;» et les délais propres à cet organisme démarrent</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="116"/>
        <source>Refer &amp;to:</source>
        <translation>Organisme à &amp;saisir&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="117"/>
        <source>Who:</source>
        <translation>Qui&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="121"/>
        <source>Where:</source>
        <translation>Où&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="122"/>
        <source>Is the file complete?</source>
        <translation>Le dossier est-il complet&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="131"/>
        <source>Language:</source>
        <translation>Langue&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="149"/>
        <source>Once you have sent it</source>
        <translation>Une fois la saisine envoyée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="151"/>
        <source>&amp;Sent on:</source>
        <translation>Envoyée &amp;le&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="152"/>
        <source>Case &amp;number:</source>
        <translation>N° de &amp;dossier&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="153"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="198"/>
        <source>Pick the body to refer the dispute to. The platform&apos;s regulator decides which ones apply.</source>
        <translation>Choisissez l&apos;organisme à saisir. Le régulateur de la plateforme détermine ceux qui s&apos;appliquent.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="217"/>
        <source>Your edited letter was kept: the details you just changed are not in it.</source>
        <translation>Votre lettre modifiée a été conservée&#x202f;: elle ne contient pas les informations que vous venez de changer.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="229"/>
        <source>Not a legal body: it can publish your case, it cannot decide it.</source>
        <translation>Sans valeur juridique&#x202f;: il peut rendre votre cas public, pas le trancher.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="234"/>
        <source>Online form: %1</source>
        <translation>Formulaire en ligne&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="236"/>
        <source>By post: %1</source>
        <translation>Par courrier&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="239"/>
        <source>E-mail: %1</source>
        <translation>E-mail&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="241"/>
        <source>The operator&apos;s terms and conditions name its address.</source>
        <translation>Les conditions générales de l&apos;opérateur indiquent son adresse.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="268"/>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="274"/>
        <source>Save the letter</source>
        <translation>Enregistrer le courrier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="276"/>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="282"/>
        <source>Cannot save the letter</source>
        <translation>Impossible d&apos;enregistrer le courrier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="311"/>
        <source>Unknown time zone</source>
        <translation>Fuseau horaire inconnu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="312"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation>Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="317"/>
        <source>The file is not complete</source>
        <translation>Le dossier n&apos;est pas complet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="318"/>
        <source>%n items are missing for %1:</source>
        <translation>
            <numerusform>%n élément manque pour %1&#x202f;:</numerusform>
            <numerusform>%n éléments manquent pour %1&#x202f;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="320"/>
        <source>The body may refuse an incomplete file. Record the referral anyway?</source>
        <translation>L&apos;organisme peut refuser un dossier incomplet. Noter quand même la saisine&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="330"/>
        <source>Referred to %1</source>
        <translation>Saisine&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="332"/>
        <source>Referral letter to %1, as sent on %2</source>
        <translation>Lettre de saisine — %1, telle qu’envoyée le %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="335"/>
        <source>Cannot record the referral</source>
        <translation>Impossible de noter la saisine</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="337"/>
        <source>Referral to %1 recorded: its deadlines start now.</source>
        <translation>Saisine notée (%1)&#x202f;: ses délais démarrent maintenant.</translation>
    </message>
</context>
<context>
    <name>ReferenceActions</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="29"/>
        <source>&amp;Confirm the reference</source>
        <translation>&amp;Confirmer la référence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="30"/>
        <source>It is the real ticket or case number</source>
        <translation>C&apos;est bien le numéro de ticket ou de dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="32"/>
        <source>&amp;Not a reference: remove it</source>
        <translation>&amp;Pas une référence&#x202f;: la retirer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="33"/>
        <source>It leaves your letter and the PDF</source>
        <translation>Elle sort de votre lettre et du PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="35"/>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="51"/>
        <source>Co&amp;rrect the reference…</source>
        <translation>Co&amp;rriger la référence…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="52"/>
        <source>&amp;Add a reference…</source>
        <translation>&amp;Ajouter une référence…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="58"/>
        <source>Reference %1 confirmed.</source>
        <translation>Référence %1 confirmée.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="65"/>
        <source>Reference %1 removed: it is no longer in your letter.</source>
        <translation>Référence %1 retirée&#x202f;: elle n&apos;est plus dans votre lettre.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="72"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="73"/>
        <source>Ticket or case number (empty: none):</source>
        <translation>Numéro de ticket ou de dossier (vide&#x202f;: aucun)&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="77"/>
        <source>Reference changed to %1.</source>
        <translation>Référence remplacée par %1.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="78"/>
        <source>Reference removed: it is no longer in your letter.</source>
        <translation>Référence retirée&#x202f;: elle n&apos;est plus dans votre lettre.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="85"/>
        <source>Reference not changed</source>
        <translation>Référence non modifiée</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="121"/>
        <source>%1: %2 — %3</source>
        <translation>%1&#x202f;: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="127"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="128"/>
        <source>BonusDesk: %n deadlines need attention</source>
        <translation>
            <numerusform>BonusDesk&#x202f;: %n échéance demande votre attention</numerusform>
            <numerusform>BonusDesk&#x202f;: %n échéances demandent votre attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/report/commands.py" line="21"/>
        <source>&amp;Write my report…</source>
        <translation>&amp;Rédiger mon signalement…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/commands.py" line="22"/>
        <source>The message to send to support, written from your claim (Ctrl+R)</source>
        <translation>Le message à envoyer au support, rédigé à partir de votre réclamation (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/commands.py" line="24"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/commands.py" line="25"/>
        <source>One PDF with the complaint and all the evidence (Ctrl+E)</source>
        <translation>Un PDF avec la réclamation et toutes les preuves (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="56"/>
        <source>Write my report</source>
        <translation>Rédiger mon signalement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="64"/>
        <source>Language of the report</source>
        <translation>Langue du signalement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="76"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="78"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="82"/>
        <source>Copy s&amp;ubject</source>
        <translation>Copier l&apos;&amp;objet</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="84"/>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="170"/>
        <source>&amp;Copy message</source>
        <translation>&amp;Copier le message</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="89"/>
        <source>&amp;Write again from the details</source>
        <translation>&amp;Réécrire à partir des détails</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="99"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="105"/>
        <source>&amp;Subject:</source>
        <translation>O&amp;bjet&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="121"/>
        <source>What support will ask for</source>
        <translation>Ce que le support va demander</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="126"/>
        <source>&amp;Fill in the details…</source>
        <translation>&amp;Compléter les détails…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="131"/>
        <source>&lt;b&gt;What support will ask for&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que le support va demander&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="216"/>
        <source>At least one screenshot or document</source>
        <translation>Au moins une capture d&apos;écran ou un document</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="223"/>
        <source>Missing: %1</source>
        <translation>Manquant&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="223"/>
        <source>Given: %1</source>
        <translation>Fourni&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="228"/>
        <source>Everything support usually asks for is there.</source>
        <translation>Tout ce que le support demande habituellement est là.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="229"/>
        <source>%n items missing: support will probably ask for them.</source>
        <translation>
            <numerusform>%n élément manque&#x202f;: le support le demandera probablement.</numerusform>
            <numerusform>%n éléments manquent&#x202f;: le support les demandera probablement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="242"/>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="59"/>
        <source>This complaint is written from your claim. The letter is a formal written complaint for the contact form or an e-mail; the chat message is short enough for a chat box. Read it, change what you want, then copy it.</source>
        <translation>Cette réclamation est rédigée à partir de votre dossier. Le courrier est une réclamation écrite formelle, pour le formulaire de contact ou un e-mail&#x202f;; le message de chat est assez court pour une fenêtre de chat. Relisez-le, modifiez ce que vous voulez, puis copiez-le.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="70"/>
        <source>Form of the report</source>
        <translation>Forme du message</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="71"/>
        <source>Formal letter (contact form, e-mail, post)</source>
        <translation>Courrier formel (formulaire, e-mail, courrier postal)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="72"/>
        <source>Chat message (under %1 characters)</source>
        <translation>Message de chat (moins de %1 caractères)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="81"/>
        <source>Length of the message</source>
        <translation>Longueur du message</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="184"/>
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="189"/>
        <source>%Ln characters: more than the %1 a chat box takes, shorten it</source>
        <translation>
            <numerusform>%Ln caractère&#x202f;: plus que les %1 qu&apos;accepte une fenêtre de chat, raccourcissez</numerusform>
            <numerusform>%Ln caractères&#x202f;: plus que les %1 qu&apos;accepte une fenêtre de chat, raccourcissez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="192"/>
        <source>%Ln characters of the %1 a chat box takes</source>
        <translation>
            <numerusform>%Ln caractère sur les %1 qu&apos;accepte une fenêtre de chat</numerusform>
            <numerusform>%Ln caractères sur les %1 qu&apos;accepte une fenêtre de chat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="199"/>
        <source>Signed: %1 (from &lt;a href=&apos;profile&apos;&gt;your details&lt;/a&gt;)</source>
        <translation>Signé&#x202f;: %1 (d&apos;après &lt;a href=&apos;profile&apos;&gt;vos coordonnées&lt;/a&gt;)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="202"/>
        <source>⚠ The letter is not signed: add your name in &lt;a href=&apos;profile&apos;&gt;your details&lt;/a&gt;.</source>
        <translation>⚠ Le courrier n&apos;est pas signé&#x202f;: ajoutez votre nom dans &lt;a href=&apos;profile&apos;&gt;vos coordonnées&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>SafeSave</name>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="25"/>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="27"/>
        <source>it is a device, not a file</source>
        <translation>c&apos;est un périphérique, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="28"/>
        <source>it is a pipe (FIFO), not a file</source>
        <translation>c&apos;est un tube (FIFO), pas un fichier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="29"/>
        <source>it is a socket, not a file</source>
        <translation>c&apos;est une socket, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="30"/>
        <source>it is not an ordinary file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="35"/>
        <source>it is inside the claim folder %1. BonusDesk never saves anything there, so that no evidence can be overwritten</source>
        <translation>il est dans le dossier de réclamation %1. BonusDesk n&apos;y enregistre jamais rien, pour qu&apos;aucune preuve ne puisse être écrasée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="39"/>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="41"/>
        <source>it is also where %1 would be saved</source>
        <translation>c&apos;est aussi là que %1 serait enregistré</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="43"/>
        <source>it is %1, which this export reads</source>
        <translation>c&apos;est %1, que cet export lit</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="44"/>
        <source>it cannot be checked (%1)</source>
        <translation>il ne peut pas être vérifié (%1)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="55"/>
        <source>BonusDesk will not save to %1: %2.

Nothing was written. Choose another place, outside the claim folder.</source>
        <translation>BonusDesk n&apos;enregistrera pas dans %1&#x202f;: %2.

Rien n&apos;a été écrit. Choisissez un autre emplacement, hors du dossier de réclamation.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="74"/>
        <source>Choose another place</source>
        <translation>Choisissez un autre emplacement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="103"/>
        <source>A claim folder cannot be created in %1: it is inside the claim folder %2, whose files it would mix with. Nothing was created: choose a place outside it.</source>
        <translation>Impossible de créer un dossier de réclamation dans %1&#x202f;: il est dans le dossier de réclamation %2, dont il mélangerait les fichiers. Rien n&apos;a été créé&#x202f;: choisissez un emplacement en dehors.</translation>
    </message>
</context>
<context>
    <name>SafetyCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/safety/commands.py" line="20"/>
        <source>&amp;Check the claim folder…</source>
        <translation>&amp;Vérifier le dossier de réclamation…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/commands.py" line="21"/>
        <source>Check that no evidence file, event or table row was changed behind BonusDesk&apos;s back</source>
        <translation>Vérifier qu&apos;aucun fichier de preuve, événement ou ligne de table n&apos;a été modifié à l&apos;insu de BonusDesk</translation>
    </message>
</context>
<context>
    <name>ScreenOverlay</name>
    <message>
        <location filename="../../bonusdesk/ui/capture/overlay.py" line="45"/>
        <source>Choose the region or the window to capture</source>
        <translation>Choisir la zone ou la fenêtre à capturer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/overlay.py" line="85"/>
        <source>Click to capture this window</source>
        <translation>Cliquez pour capturer cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/overlay.py" line="86"/>
        <source>Drag to choose a region · click a window to take it · Enter to capture · Esc to cancel</source>
        <translation>Tracez une zone · cliquez sur une fenêtre pour la prendre · Entrée pour capturer · Échap pour annuler</translation>
    </message>
</context>
<context>
    <name>SettingsCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="32"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="36"/>
        <source>&amp;About BonusDesk</source>
        <translation>À &amp;propos de BonusDesk</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="65"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="66"/>
        <source>The new language applies the next time BonusDesk starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de BonusDesk.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="38"/>
        <source>Your &amp;details…</source>
        <translation>Vos &amp;coordonnées…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="39"/>
        <source>Your name, e-mail and postal address: your letters are signed with them</source>
        <translation>Vos nom, e-mail et adresse postale&#x202f;: vos courriers sont signés avec</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="46"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="49"/>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="127"/>
        <source>Claim folder</source>
        <translation>Dossier de réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="50"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="56"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="66"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="68"/>
        <source>Default reporting window in hours</source>
        <translation>Délai de signalement par défaut en heures</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="79"/>
        <source>Capture shortcut</source>
        <translation>Raccourci de capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="85"/>
        <source>Closing the window keeps BonusDesk in the tray (use Quit to exit)</source>
        <translation>Fermer la fenêtre laisse BonusDesk dans la zone de notification (Quitter pour sortir)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="89"/>
        <source>Claim &amp;folder:</source>
        <translation>&amp;Dossier de réclamations&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="92"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="93"/>
        <source>Default reporting &amp;window:</source>
        <translation>Délai de &amp;signalement par défaut&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="95"/>
        <source>Your time &amp;zone:</source>
        <translation>Votre &amp;fuseau horaire&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="96"/>
        <source>Capture &amp;shortcut:</source>
        <translation>&amp;Raccourci de capture&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="115"/>
        <source>A new language applies the next time BonusDesk starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de BonusDesk.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="135"/>
        <source>Unknown time zone</source>
        <translation>Fuseau horaire inconnu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="136"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation>Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="100"/>
        <source>Works only while BonusDesk is in front: %1</source>
        <translation>Ne fonctionne que lorsque BonusDesk est au premier plan&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="103"/>
        <source>Works from any application (system-wide).</source>
        <translation>Fonctionne depuis n&apos;importe quelle application (raccourci global).</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="105"/>
        <source>No capture shortcut.</source>
        <translation>Aucun raccourci de capture.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="81"/>
        <source>What the capture shortcut takes</source>
        <translation>Ce que prend le raccourci de capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="82"/>
        <source>The whole screen</source>
        <translation>Tout l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="83"/>
        <source>The active window</source>
        <translation>La fenêtre active</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="110"/>
        <source>The shortcut &amp;takes:</source>
        <translation>Le raccourci &amp;prend&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="71"/>
        <source>Your &amp;details (name, e-mail, address)…</source>
        <translation>Vos &amp;coordonnées (nom, e-mail, adresse)…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="72"/>
        <source>Your letters and files are signed with them; they are kept in the claim folder</source>
        <translation>Vos courriers et dossiers sont signés avec&#x202f;; elles sont conservées dans le dossier de réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="94"/>
        <source>Signed as:</source>
        <translation>Signature&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="60"/>
        <source>Same as the computer (%1)</source>
        <translation>Comme l&apos;ordinateur (%1)</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="33"/>
        <source>I &amp;reported it</source>
        <translation>Je l&apos;ai &amp;signalé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="34"/>
        <source>Support &amp;answered</source>
        <translation>Le support a &amp;répondu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="35"/>
        <source>They asked for &amp;information</source>
        <translation>Ils demandent des &amp;informations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="36"/>
        <source>&amp;Final answer</source>
        <translation>Réponse &amp;définitive</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="41"/>
        <source>Log how and when you sent your report to support. Keep the ticket number: support will ask for it.</source>
        <translation>Notez comment et quand vous avez envoyé votre signalement au support. Gardez le numéro de ticket&#x202f;: le support vous le demandera.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="44"/>
        <source>Log what support answered, with the date and the agent&apos;s name if they gave one.</source>
        <translation>Notez la réponse du support, avec la date et le nom du conseiller s&apos;il l&apos;a donné.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="47"/>
        <source>Support needs more from you. Note what they asked for and by when you must answer.</source>
        <translation>Le support a besoin de plus d&apos;informations. Notez ce qu&apos;ils demandent et la date limite pour répondre.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="76"/>
        <source>They gave me a deadline to answer</source>
        <translation>Ils m&apos;ont donné une date limite pour répondre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="50"/>
        <source>The operator gave its final answer. Note the outcome and what support wrote: a refusal in writing opens the way to a mediator.</source>
        <translation>L&apos;opérateur a donné sa réponse définitive. Notez l&apos;issue et ce que le support a écrit&#x202f;: un refus écrit ouvre la voie à un médiateur.</translation>
    </message>
</context>
<context>
    <name>SyncWarning</name>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="35"/>
        <source>Your claim folder is in %1</source>
        <translation>Votre dossier de réclamations est dans %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="37"/>
        <source>&lt;p&gt;&lt;b&gt;The claim folder %1 is inside %2&lt;/b&gt; (%3).&lt;/p&gt;&lt;p&gt;%2 copies every file that changes to the internet and to your other devices. It can copy the claim database in the middle of a change, or make a “conflicted copy” when two computers change it: part of your record could then end up in a copy that BonusDesk does not read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le dossier de réclamations %1 est dans %2&lt;/b&gt; (%3).&lt;/p&gt;&lt;p&gt;%2 copie chaque fichier modifié sur Internet et sur vos autres appareils. Il peut copier la base de réclamations au milieu d&apos;une modification, ou faire une «&#x202f;copie en conflit&#x202f;» quand deux ordinateurs la modifient&#x202f;: une partie de votre dossier pourrait alors se retrouver dans une copie que BonusDesk ne lit pas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="44"/>
        <source>&lt;p&gt;&lt;b&gt;What to do&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Best:&lt;/b&gt; move the claim folder to a folder of this computer that %2 does not sync: &lt;i&gt;Move the folder…&lt;/i&gt; below, or later File › Back up / move the claim folder…&lt;/li&gt;&lt;li&gt;&lt;b&gt;If you keep it here:&lt;/b&gt; use it on one computer at a time, and let %2 finish syncing before you open it on another. BonusDesk leaves the database complete on disk whenever it is idle or closed.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Que faire&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Le mieux&#x202f;:&lt;/b&gt; déplacer le dossier de réclamations dans un dossier de cet ordinateur que %2 ne synchronise pas&#x202f;: &lt;i&gt;Déplacer le dossier…&lt;/i&gt; ci-dessous, ou plus tard Fichier › Sauvegarder / déplacer le dossier de réclamations…&lt;/li&gt;&lt;li&gt;&lt;b&gt;Si vous le gardez ici&#x202f;:&lt;/b&gt; utilisez-le sur un seul ordinateur à la fois, et laissez %2 finir de synchroniser avant de l&apos;ouvrir sur un autre. BonusDesk laisse la base complète sur le disque dès qu&apos;il est inactif ou fermé.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>TimeWithZone</name>
    <message>
        <location filename="../../bonusdesk/ui/widgets.py" line="72"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="104"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="104"/>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="107"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="106"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="105"/>
        <source>Contact</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="171"/>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="230"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="230"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="230"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="79"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="98"/>
        <source>All times are %1.</source>
        <translation>Toutes les heures sont à l&apos;%1.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="105"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="106"/>
        <source>Export</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="119"/>
        <source>Claim opened in BonusDesk</source>
        <translation>Réclamation ouverte dans BonusDesk</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="122"/>
        <source>Screenshot taken: %1</source>
        <translation>Capture d&apos;écran prise&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="123"/>
        <source>Evidence added: %1</source>
        <translation>Preuve ajoutée&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="127"/>
        <source>Complaint package made (SHA-256 %1…)</source>
        <translation>Dossier de réclamation produit (SHA-256 %1…)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="133"/>
        <source>%1 sent</source>
        <translation>%1 envoyé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="134"/>
        <source>%1 received</source>
        <translation>%1 reçu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="136"/>
        <source>final response</source>
        <translation>réponse définitive</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="138"/>
        <source>ref. %1</source>
        <translation>réf. %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="144"/>
        <source>Status: %1</source>
        <translation>Statut&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="212"/>
        <source>dated before the incident</source>
        <translation>daté avant l&apos;incident</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="213"/>
        <source>dated in the future</source>
        <translation>daté dans le futur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="148"/>
        <source>Withdrawn (%1): %2</source>
        <translation>Retiré (%1)&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="167"/>
        <source>contact %1, because: %2</source>
        <translation>échange %1, raison&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="176"/>
        <source>from the Inbox</source>
        <translation>depuis «&#x202f;À classer&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="177"/>
        <source>from claim %1</source>
        <translation>depuis la réclamation %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="179"/>
        <source>back to the Inbox</source>
        <translation>remis dans «&#x202f;À classer&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="180"/>
        <source>to claim %1</source>
        <translation>vers la réclamation %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="191"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#x202f;: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ToolPalette</name>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="30"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="36"/>
        <source>Select</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="36"/>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="37"/>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="37"/>
        <source>Highlight</source>
        <translation>Surligner</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="38"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="38"/>
        <source>Numbered step</source>
        <translation>Étape numérotée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="39"/>
        <source>Crop</source>
        <translation>Recadrer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="40"/>
        <source>Redact (solid box)</source>
        <translation>Masquer (cadre plein)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="41"/>
        <source>Read text in a region</source>
        <translation>Lire le texte d&apos;une zone</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="51"/>
        <source>Redact (B): an opaque box; what is under it is destroyed in the copy. Blur and pixelation are not offered: they can be reversed.</source>
        <translation>Masquer (B)&#x202f;: un cadre opaque&#x202f;; ce qu&apos;il recouvre est détruit dans la copie. Le flou et la pixellisation ne sont pas proposés&#x202f;: ils se défont.</translation>
    </message>
</context>
<context>
    <name>TransactionDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="42"/>
        <source>Add a bet, round or deposit</source>
        <translation>Ajouter un pari, une partie ou un dépôt</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="45"/>
        <source>Copy the references from your account history: a mediator or ADR body asks for the bet or round reference with its stake, type and time, and for the deposit&apos;s amount, date and method.</source>
        <translation>Recopiez les références de l&apos;historique de votre compte&#x202f;: un médiateur ou un organisme de règlement des litiges demande la référence du pari ou de la partie avec sa mise, son type et son heure, ainsi que le montant, la date et le moyen de paiement du dépôt.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="50"/>
        <source>Kind of transaction</source>
        <translation>Type d&apos;opération</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="54"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="55"/>
        <source>e.g. bet slip SLIP-77, round 8812-A</source>
        <translation>p. ex. ticket SLIP-77, partie 8812-A</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="57"/>
        <source>Stake or amount</source>
        <translation>Mise ou montant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="58"/>
        <source>e.g. 5.00</source>
        <translation>p. ex. 5,00</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="60"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="65"/>
        <source>I know when it was made</source>
        <translation>Je connais sa date et son heure</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="70"/>
        <source>Bet type</source>
        <translation>Type de pari</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="71"/>
        <source>e.g. single, accumulator, slot spin</source>
        <translation>p. ex. simple, combiné, tour de machine à sous</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="73"/>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="74"/>
        <source>e.g. card, bank transfer</source>
        <translation>p. ex. carte, virement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="76"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="78"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="79"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="80"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="84"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="85"/>
        <source>&amp;Bet type:</source>
        <translation>Type de &amp;pari&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="86"/>
        <source>Payment &amp;method:</source>
        <translation>Moyen de pai&amp;ement&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="87"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="102"/>
        <source>Unknown time zone</source>
        <translation>Fuseau horaire inconnu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="103"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation>Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.</translation>
    </message>
</context>
<context>
    <name>TransactionsBox</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="123"/>
        <source>Bets, rounds and deposits concerned</source>
        <translation>Paris, parties et dépôts concernés</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="132"/>
        <source>Bets, rounds and deposits</source>
        <translation>Paris, parties et dépôts</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="134"/>
        <source>None yet. A mediator asks for the references of the bets or deposits your claim is about.</source>
        <translation>Aucun pour l&apos;instant. Un médiateur demande les références des paris ou des dépôts concernés par votre réclamation.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="137"/>
        <source>Add a &amp;transaction…</source>
        <translation>Ajouter une &amp;opération…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="139"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="162"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="162"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="162"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="162"/>
        <source>Type or method</source>
        <translation>Type ou moyen</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="163"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="196"/>
        <source>Cannot add the transaction</source>
        <translation>Impossible d&apos;ajouter l&apos;opération</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="208"/>
        <source>Remove the transaction?</source>
        <translation>Supprimer l&apos;opération&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="209"/>
        <source>Remove this transaction from the claim? The history keeps a record of it.</source>
        <translation>Supprimer cette opération de la réclamation&#x202f;? L&apos;historique en garde la trace.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="215"/>
        <source>Cannot remove the transaction</source>
        <translation>Impossible de supprimer l&apos;opération</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../bonusdesk/ui/tray.py" line="30"/>
        <source>&amp;Show BonusDesk</source>
        <translation>&amp;Afficher BonusDesk</translation>
    </message>
</context>
<context>
    <name>UnlockPdf</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="49"/>
        <source>Give the &amp;password…</source>
        <translation>Donner le &amp;mot de passe…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="51"/>
        <source>This PDF is protected by a password: give it once to show its pages in the PDF package (the password is not kept)</source>
        <translation>Ce PDF est protégé par un mot de passe&#x202f;: donnez-le une fois pour afficher son contenu dans le dossier PDF (le mot de passe n&apos;est pas gardé)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="68"/>
        <source>Password of %1:</source>
        <translation>Mot de passe de %1&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="70"/>
        <source>That password does not open %1. Try again:</source>
        <translation>Ce mot de passe n&apos;ouvre pas %1. Réessayez&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="72"/>
        <source>Password-protected PDF</source>
        <translation>PDF protégé par un mot de passe</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="84"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="95"/>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="110"/>
        <source>The pages cannot be shown</source>
        <translation>Le contenu ne peut pas être affiché</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="99"/>
        <source>%1 opened: its pages are in the PDF package now, from a decrypted copy added as evidence. The original stays as it was.</source>
        <translation>%1 est ouvert&#x202f;: son contenu est maintenant dans le dossier PDF, à partir d&apos;une copie déchiffrée ajoutée aux preuves. L&apos;original reste tel quel.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="111"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>ZoneBox</name>
    <message>
        <location filename="../../bonusdesk/ui/widgets.py" line="50"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
</TS>
