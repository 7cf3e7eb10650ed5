<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>CaptureController</name>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="280"/>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="319"/>
        <source>Capture cancelled</source>
        <translation>Capture annulée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="327"/>
        <source>The claim folder was closed before the screenshot was saved: nothing was stored.</source>
        <translation>Le dossier de réclamations a été fermé avant l&apos;enregistrement de la capture&#x202f;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="356"/>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="358"/>
        <source>Capture failed</source>
        <translation>Échec de la capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="141"/>
        <source>Capture the &amp;screen</source>
        <translation>Capturer l&apos;&amp;écran</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="144"/>
        <source>Capture a &amp;region or a window…</source>
        <translation>Capturer une &amp;zone ou une fenêtre…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="146"/>
        <source>Drag a rectangle, or click a window (Ctrl+Shift+A)</source>
        <translation>Tracez un rectangle ou cliquez sur une fenêtre (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="147"/>
        <source>Capture the active &amp;window</source>
        <translation>Capturer la &amp;fenêtre active</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="149"/>
        <source>The window in front once BonusDesk is out of the way (Ctrl+Shift+W)</source>
        <translation>La fenêtre au premier plan une fois BonusDesk écarté (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="156"/>
        <source>Also add a s&amp;tamped copy</source>
        <translation>Ajouter aussi une copie &amp;horodatée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="157"/>
        <source>A second image with a banner: date, time, time zone and fingerprint</source>
        <translation>Une seconde image avec un bandeau&#x202f;: date, heure, fuseau horaire et empreinte</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="196"/>
        <source>Screenshot of the whole screen into the selected claim, else the Inbox (%1)</source>
        <translation>Capture de tout l&apos;écran dans la réclamation sélectionnée, sinon dans «&#x202f;À classer&#x202f;» (%1)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="281"/>
        <source>Open a claim folder first: the screenshot is stored in it.</source>
        <translation>Ouvrez d&apos;abord un dossier de réclamations&#x202f;: la capture y est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="333"/>
        <source>Window “%1”, %2</source>
        <translation>Fenêtre «&#x202f;%1&#x202f;», %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="335"/>
        <source>Screenshot of %2</source>
        <translation>Capture d&apos;écran du %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="342"/>
        <source>No active window was found: the whole screen was captured.</source>
        <translation>Aucune fenêtre active trouvée&#x202f;: tout l&apos;écran a été capturé.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="151"/>
        <source>Capture in &amp;5 seconds</source>
        <translation>Capturer dans &amp;5 secondes</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="153"/>
        <source>Time to open a menu or a page before the screenshot</source>
        <translation>Le temps d&apos;ouvrir un menu ou une page avant la capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="193"/>
        <source>Screenshot of the whole screen into the selected claim, else the Inbox (%1, from any application)</source>
        <translation>Capture de tout l&apos;écran dans la réclamation sélectionnée, sinon dans «&#x202f;À classer&#x202f;» (%1, depuis n&apos;importe quelle application)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="199"/>
        <source>Screenshot of the whole screen into the selected claim, else the Inbox</source>
        <translation>Capture de tout l&apos;écran dans la réclamation sélectionnée, sinon dans «&#x202f;À classer&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="207"/>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="218"/>
        <source>The capture shortcut %1 works only while BonusDesk is in front: %2</source>
        <translation>Le raccourci de capture %1 ne fonctionne que lorsque BonusDesk est au premier plan&#x202f;: %2</translation>
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
    <name>ChecklistTab</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="36"/>
        <source>Support will check these conditions first. Answer what you know; &quot;No&quot; answers are worth reading the terms again before you report.</source>
        <translation>Le support vérifiera d&apos;abord ces conditions. Répondez à ce que vous savez&#x202f;; si vous répondez «&#x202f;&#x202f;Non&#x202f;&#x202f;», relisez les conditions de l&apos;offre avant de signaler le problème.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="46"/>
        <source>Another condition of the offer…</source>
        <translation>Une autre condition de l&apos;offre…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="47"/>
        <source>New checklist item</source>
        <translation>Nouvelle condition</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="48"/>
        <source>&amp;Add condition</source>
        <translation>&amp;Ajouter la condition</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="78"/>
        <source>Note (where you checked)</source>
        <translation>Note (où vous l&apos;avez vérifié)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="79"/>
        <source>Note for %1</source>
        <translation>Note pour %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="107"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="116"/>
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
</context>
<context>
    <name>ClaimView</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="60"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="65"/>
        <source>What to do next</source>
        <translation>Quoi faire ensuite</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="87"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="88"/>
        <source>E&amp;ligibility</source>
        <translation>É&amp;ligibilité</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="89"/>
        <source>E&amp;vidence</source>
        <translation>&amp;Preuves</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="90"/>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="91"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="92"/>
        <source>Deadli&amp;nes</source>
        <translation>Éché&amp;ances</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="155"/>
        <source>%1 · happened %2</source>
        <translation>%1 · survenu le %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="182"/>
        <source>Add evidence</source>
        <translation>Ajouter des preuves</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="184"/>
        <source>Describe what happened</source>
        <translation>Décrire ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="186"/>
        <source>How to take it further</source>
        <translation>Comment aller plus loin</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="187"/>
        <source>Next step:</source>
        <translation>Étape suivante&#x202f;:</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="148"/>
        <source>Claims</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="169"/>
        <source>Search claims, contacts, evidence… (Ctrl+F)</source>
        <translation>Rechercher… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="170"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="176"/>
        <source>Show claims</source>
        <translation>Afficher les réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="177"/>
        <source>Open claims</source>
        <translation>Réclamations en cours</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="178"/>
        <source>All claims</source>
        <translation>Toutes les réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="179"/>
        <source>Finished claims</source>
        <translation>Réclamations terminées</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="239"/>
        <source>Inbox: nothing to file</source>
        <translation>À classer&#x202f;: rien en attente</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="241"/>
        <source>Screenshots taken with no claim selected wait here until you file them</source>
        <translation>Les captures prises sans réclamation sélectionnée attendent ici que vous les classiez</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="243"/>
        <source>Inbox: %n items to file</source>
        <translation>
            <numerusform>À classer&#x202f;: %n élément en attente</numerusform>
            <numerusform>À classer&#x202f;: %n éléments en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="244"/>
        <source>Newest: %1. Drag them onto a claim, or open the Inbox and use “Move to claim…”.</source>
        <translation>Le plus récent&#x202f;: %1. Glissez-les sur une réclamation, ou ouvrez «&#x202f;À classer&#x202f;» et utilisez «&#x202f;Classer dans une réclamation…&#x202f;».</translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="148"/>
        <source>Claim</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="148"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="148"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="149"/>
        <source>Next deadline</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="81"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="84"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="86"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="97"/>
        <source>Ticket or reference number</source>
        <translation>Numéro de ticket ou de référence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="98"/>
        <source>e.g. ticket #48213</source>
        <translation>ex. ticket n° 48213</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="100"/>
        <source>Agent name</source>
        <translation>Nom du conseiller</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="102"/>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="104"/>
        <source>What you sent or what they answered</source>
        <translation>Ce que vous avez envoyé ou ce qu&apos;ils ont répondu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="106"/>
        <source>What they promised</source>
        <translation>Ce qu&apos;ils ont promis</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="107"/>
        <source>&amp;How:</source>
        <translation>&amp;Comment&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="91"/>
        <source>Sent or received</source>
        <translation>Envoyé ou reçu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="72"/>
        <source>Which contact this was</source>
        <translation>De quel échange il s&apos;agit</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="73"/>
        <source>A new contact (fill it in below)</source>
        <translation>Un nouvel échange (à remplir ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="77"/>
        <source>&amp;This was:</source>
        <translation>&amp;C&apos;était&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="108"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="109"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="110"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="111"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Conseiller&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="112"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="113"/>
        <source>&amp;Promised:</source>
        <translation>&amp;Promesse&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="117"/>
        <source>Why you correct it</source>
        <translation>Pourquoi vous le corrigez</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="118"/>
        <source>e.g. wrong time, typo in the ticket number</source>
        <translation>p. ex. mauvaise heure, faute de frappe dans le numéro de ticket</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="119"/>
        <source>Wh&amp;y:</source>
        <translation>Pour&amp;quoi&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="128"/>
        <source>&amp;Due:</source>
        <translation>À rendre &amp;avant&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="134"/>
        <source>Return goes to the next field; Ctrl+Return saves.</source>
        <translation>Entrée passe au champ suivant&#x202f;; Ctrl+Entrée enregistre.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="194"/>
        <source>They ask for: %1</source>
        <translation>Ils demandent&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="214"/>
        <source>Unknown time zone</source>
        <translation>Fuseau horaire inconnu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="215"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation>Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="234"/>
        <source>Check before saving</source>
        <translation>À vérifier avant d&apos;enregistrer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="235"/>
        <source>Please check:

%1</source>
        <translation>Vérifiez, s&apos;il vous plaît&#x202f;:

%1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="237"/>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="238"/>
        <source>&amp;Go back and fix it</source>
        <translation>&amp;Revenir pour corriger</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="282"/>
        <source>Log a contact</source>
        <translation>Noter un contact</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="283"/>
        <source>Note every exchange with support, even a phone call that led nowhere.</source>
        <translation>Notez chaque échange avec le support, même un appel qui n&apos;a rien donné.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="306"/>
        <source>Correct a contact</source>
        <translation>Corriger un échange</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="307"/>
        <source>Change what is wrong. The original stays in the claim&apos;s History, with your reason.</source>
        <translation>Modifiez ce qui est faux. L&apos;original reste dans l&apos;historique de la réclamation, avec votre raison.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="319"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="325"/>
        <source>Contact corrected; History keeps the original.</source>
        <translation>Échange corrigé&#x202f;; l&apos;historique garde l&apos;original.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="331"/>
        <source>Withdraw a contact</source>
        <translation>Retirer un échange</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="334"/>
        <source>The contact leaves the list, the deadlines and the PDF; History still shows it, with your reason. A status recorded with it is withdrawn too.

Why do you withdraw it?</source>
        <translation>L&apos;échange quitte la liste, les échéances et le PDF&#x202f;; l&apos;historique le montre toujours, avec votre raison. Un statut enregistré avec lui est retiré aussi.

Pourquoi le retirez-vous&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="338"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="345"/>
        <source>Say why, in a few words: History shows it.</source>
        <translation>Dites pourquoi, en quelques mots&#x202f;: l&apos;historique l&apos;affiche.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="354"/>
        <source>Cannot withdraw</source>
        <translation>Retrait impossible</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="356"/>
        <source>Contact withdrawn; History still shows it.</source>
        <translation>Échange retiré&#x202f;; l&apos;historique le montre toujours.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="228"/>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="295"/>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="323"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="54"/>
        <source>Contacts with support</source>
        <translation>Échanges avec le support</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="55"/>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Noter un échange…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="57"/>
        <source>Import an &amp;email (.eml, .msg)…</source>
        <translation>Importer un &amp;e-mail (.eml, .msg)…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="59"/>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rriger…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="60"/>
        <source>Correct the selected contact (F2); History keeps the original</source>
        <translation>Corriger l&apos;échange sélectionné (F2)&#x202f;; l&apos;historique garde l&apos;original</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="63"/>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="64"/>
        <source>Withdraw the selected contact, logged by mistake (Del); History keeps it</source>
        <translation>Retirer l&apos;échange sélectionné, noté par erreur (Suppr)&#x202f;; l&apos;historique le garde</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="67"/>
        <source>&amp;Show withdrawn entries</source>
        <translation>Affic&amp;her les échanges retirés</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="91"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="91"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="91"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="91"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="92"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="100"/>
        <source>Withdrawn (%1): %2</source>
        <translation>Retiré (%1)&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="102"/>
        <source>Withdrawn: %1</source>
        <translation>Retiré&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="104"/>
        <source>%1 (corrected)</source>
        <translation>%1 (corrigé)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="152"/>
        <source>Import emails</source>
        <translation>Importer des e-mails</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="152"/>
        <source>Emails (*.eml *.msg);;All files (*)</source>
        <translation>E-mails (*.eml *.msg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="166"/>
        <source>Cannot import the email</source>
        <translation>Impossible d&apos;importer l&apos;e-mail</translation>
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
    <name>DeadlineWatch</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="80"/>
        <source>Deadlines: %1</source>
        <translation>Échéances&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="44"/>
        <source>Deadlines are worked out from the incident time, the platform&apos;s reporting window, the status history and your contacts. Recording a status or a contact updates them at once.</source>
        <translation>Les échéances sont calculées à partir de la date de l&apos;incident, du délai de signalement de la plateforme, de l&apos;historique des statuts et de vos échanges. Enregistrer un statut ou un échange les met à jour aussitôt.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="54"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="60"/>
        <source>Add to my &amp;calendar (.ics)…</source>
        <translation>Ajouter à mon &amp;agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="83"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="83"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="83"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="83"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="83"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="105"/>
        <source>No deadline for this claim.</source>
        <translation>Aucune échéance pour cette réclamation.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="115"/>
        <source>Save the deadlines as a calendar</source>
        <translation>Enregistrer les échéances comme agenda</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="116"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="122"/>
        <source>Cannot save the calendar</source>
        <translation>Impossible d&apos;enregistrer l&apos;agenda</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="51"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="51"/>
        <source>Account / player ID</source>
        <translation>Compte / identifiant joueur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="52"/>
        <source>Bonus or offer</source>
        <translation>Bonus ou offre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="52"/>
        <source>Bonus type</source>
        <translation>Type de bonus</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="53"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="53"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="54"/>
        <source>Promo code</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="54"/>
        <source>Transaction ID</source>
        <translation>N° de transaction</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="55"/>
        <source>Game round ID</source>
        <translation>N° de partie</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="55"/>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="56"/>
        <source>1. What I did</source>
        <translation>1. Ce que j&apos;ai fait</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="56"/>
        <source>2. What I expected</source>
        <translation>2. Ce que j&apos;attendais</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="57"/>
        <source>3. What happened instead</source>
        <translation>3. Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="58"/>
        <source>Error message (exact words)</source>
        <translation>Message d&apos;erreur (mot pour mot)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="58"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="72"/>
        <source>%1:</source>
        <translation>%1&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="75"/>
        <source>e.g. I deposited 100 € with the code WELCOME100 on the 20th at 21:15</source>
        <translation>ex. J&apos;ai déposé 100 € avec le code WELCOME100 le 20 à 21 h 15</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="77"/>
        <source>e.g. A 100 € bonus on my account, as the offer page says</source>
        <translation>ex. Un bonus de 100 € sur mon compte, comme l&apos;indique la page de l&apos;offre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="79"/>
        <source>e.g. The deposit went through but no bonus; the page shows error BNS-402</source>
        <translation>ex. Le dépôt est passé mais pas de bonus&#x202f;; la page affiche l&apos;erreur BNS-402</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="83"/>
        <source>Kind of problem</source>
        <translation>Type de problème</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="88"/>
        <source>How often does the error happen?</source>
        <translation>À quelle fréquence l&apos;erreur se produit-elle&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="134"/>
        <source>How often?</source>
        <translation>À quelle fréquence&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="92"/>
        <source>Was your connection stable?</source>
        <translation>Votre connexion était-elle stable&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="93"/>
        <source>Yes, stable</source>
        <translation>Oui, stable</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="93"/>
        <source>No, unstable</source>
        <translation>Non, instable</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="95"/>
        <source>When it happened</source>
        <translation>Date de l&apos;incident</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="98"/>
        <source>Platform default</source>
        <translation>Valeur de la plateforme</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="99"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="100"/>
        <source>Reporting window in hours</source>
        <translation>Délai de signalement en heures</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="106"/>
        <source>Platform &amp;details…</source>
        <translation>&amp;Fiche de la plateforme…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="107"/>
        <source>Support contacts, reporting window and regulator</source>
        <translation>Contacts du support, délai de signalement et régulateur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="110"/>
        <source>Platform:</source>
        <translation>Plateforme&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="111"/>
        <source>Problem:</source>
        <translation>Problème&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="112"/>
        <source>When it happened:</source>
        <translation>Date de l&apos;incident&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="113"/>
        <source>Reporting window:</source>
        <translation>Délai de signalement&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="122"/>
        <source>The claim</source>
        <translation>La réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="128"/>
        <source>What happened, in three parts</source>
        <translation>Ce qui s&apos;est passé, en trois parties</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="135"/>
        <source>Connection:</source>
        <translation>Connexion&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="137"/>
        <source>Error and circumstances</source>
        <translation>Erreur et circonstances</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="140"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="141"/>
        <source>Save the details (Ctrl+S)</source>
        <translation>Enregistrer les détails (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="145"/>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="168"/>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="189"/>
        <source>Platform default (%1 h)</source>
        <translation>Valeur de la plateforme (%1 h)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="240"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="242"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
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
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="141"/>
        <source>in the Inbox: file them into a claim when you are ready</source>
        <translation>dans «&#x202f;À classer&#x202f;»&#x202f;: classez-les dans une réclamation quand vous serez prêt</translation>
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
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="240"/>
        <source>The file is missing from the claim folder.</source>
        <translation>Le fichier manque dans le dossier de réclamations.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="246"/>
        <source>This picture cannot be shown here. Open it with the default application.</source>
        <translation>Cette image ne peut pas être affichée ici. Ouvrez-la avec l&apos;application par défaut.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="251"/>
        <source>PDF preview is not installed (the pyside6-pdf package). Open the PDF with the default application.</source>
        <translation>L&apos;aperçu des PDF n&apos;est pas installé (le paquet pyside6-pdf). Ouvrez le PDF avec l&apos;application par défaut.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="258"/>
        <source>This e-mail cannot be read here. Open it with the default application.</source>
        <translation>Cet e-mail ne peut pas être lu ici. Ouvrez-le avec l&apos;application par défaut.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="260"/>
        <source>No preview for this kind of file. Open it with the default application.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier. Ouvrez-le avec l&apos;application par défaut.</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="94"/>
        <source>Evidence gallery</source>
        <translation>Galerie des preuves</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="98"/>
        <source>Drop screenshots, photos, PDFs or emails (.eml, .msg) here, or a whole folder. Ctrl+V pastes a copied image. Double-click to view; F2 edits the caption.</source>
        <translation>Déposez ici des captures d&apos;écran, photos, PDF ou e-mails (.eml, .msg), ou un dossier entier. Ctrl+V colle une image copiée. Double-cliquez pour afficher&#x202f;; F2 modifie la légende.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="101"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="103"/>
        <source>&amp;Paste image</source>
        <translation>&amp;Coller une image</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="105"/>
        <source>Edit &amp;caption</source>
        <translation>Modifier la &amp;légende</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="107"/>
        <source>&amp;Move to…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="108"/>
        <source>File the selected items into another claim or back into the Inbox (or drag them onto a claim of the list)</source>
        <translation>Classer les éléments sélectionnés dans une autre réclamation ou les remettre dans «&#x202f;À classer&#x202f;» (ou les glisser sur une réclamation de la liste)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="145"/>
        <source>Add evidence files</source>
        <translation>Ajouter des preuves</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="159"/>
        <source>Cannot add the files</source>
        <translation>Impossible d&apos;ajouter les fichiers</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="170"/>
        <source>Pasted image</source>
        <translation>Image collée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="174"/>
        <source>The clipboard holds no image or file.</source>
        <translation>Le presse-papiers ne contient ni image ni fichier.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="186"/>
        <source>Cannot add the image</source>
        <translation>Impossible d&apos;ajouter l&apos;image</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="188"/>
        <source>Image added</source>
        <translation>Image ajoutée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="217"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="218"/>
        <source>What does this show?</source>
        <translation>Que montre cette preuve&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="226"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="43"/>
        <source>Evidence: %1</source>
        <translation>Preuve&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="50"/>
        <source>Open with the default &amp;application</source>
        <translation>Ouvrir avec l&apos;&amp;application par défaut</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="52"/>
        <source>Show in fol&amp;der</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="73"/>
        <source>File:</source>
        <translation>Fichier&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="74"/>
        <source>Added:</source>
        <translation>Ajouté le&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="76"/>
        <source>Filed in:</source>
        <translation>Classé dans&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="76"/>
        <source>the Inbox (not filed yet)</source>
        <translation>«&#x202f;À classer&#x202f;» (pas encore classé)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="78"/>
        <source>Size:</source>
        <translation>Taille&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="78"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="79"/>
        <source>Type:</source>
        <translation>Type&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="81"/>
        <source>Dimensions:</source>
        <translation>Dimensions&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="83"/>
        <source>Pages:</source>
        <translation>Pages&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="85"/>
        <source>Taken (EXIF):</source>
        <translation>Prise (EXIF)&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="87"/>
        <source>SHA-256:</source>
        <translation>SHA-256&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="88"/>
        <source>Integrity:</source>
        <translation>Intégrité&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="89"/>
        <source>Intact: the file matches its fingerprint</source>
        <translation>Intact&#x202f;: le fichier correspond à son empreinte</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="90"/>
        <source>MISSING: the file is not in the folder any more</source>
        <translation>MANQUANT&#x202f;: le fichier n&apos;est plus dans le dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="91"/>
        <source>ALTERED: the file no longer matches its fingerprint</source>
        <translation>MODIFIÉ&#x202f;: le fichier ne correspond plus à son empreinte</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="94"/>
        <source>Kind of evidence</source>
        <translation>Nature de la preuve</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="98"/>
        <source>Kind of &amp;evidence:</source>
        <translation>&amp;Nature de la preuve&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="100"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="101"/>
        <source>What this shows, in a few words</source>
        <translation>Ce que cela montre, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="103"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="105"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="106"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="136"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="144"/>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="145"/>
        <source>No application on this computer opened it. The file is here:
%1</source>
        <translation>Aucune application de cet ordinateur ne l&apos;a ouvert. Le fichier est ici&#x202f;:
%1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="152"/>
        <source>Cannot show the file</source>
        <translation>Impossible d&apos;afficher le fichier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="153"/>
        <source>The file manager did not open. The file is here:
%1</source>
        <translation>Le gestionnaire de fichiers ne s&apos;est pas ouvert. Le fichier est ici&#x202f;:
%1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="162"/>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="69"/>
        <source>Export the claim as PDF</source>
        <translation>Exporter la réclamation en PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="72"/>
        <source>One PDF with your complaint, the checklist, the timeline, the contacts and every piece of evidence with its fingerprint: ready to send to support, a regulator or a mediator.</source>
        <translation>Un seul PDF avec votre réclamation, les conditions, l&apos;historique, les échanges et chaque preuve avec son empreinte&#x202f;: prêt à envoyer au support, à un régulateur ou à un médiateur.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="77"/>
        <source>Language of the PDF</source>
        <translation>Langue du PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="82"/>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="83"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="89"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="90"/>
        <source>Keep the PDF under</source>
        <translation>Limiter le PDF à</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="95"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="96"/>
        <source>Size limit in megabytes</source>
        <translation>Taille maximale en mégaoctets</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="102"/>
        <source>Attach the original files inside the PDF</source>
        <translation>Joindre les fichiers originaux dans le PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="104"/>
        <source>Also make a ZIP with the original files and their checksums</source>
        <translation>Créer aussi un ZIP avec les fichiers originaux et leurs empreintes</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="108"/>
        <source>Optional: protect the PDF with a password</source>
        <translation>Facultatif&#x202f;: protéger le PDF par un mot de passe</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="109"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="111"/>
        <source>Evidence to include</source>
        <translation>Preuves à inclure</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="122"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="123"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="126"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="127"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="132"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="133"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuves&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="136"/>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="141"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="144"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="146"/>
        <source>Show the &amp;file</source>
        <translation>Afficher le &amp;fichier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="162"/>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="163"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="182"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="182"/>
        <source>Choose a file name for the PDF.</source>
        <translation>Choisissez un nom de fichier pour le PDF.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="185"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="186"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="194"/>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="234"/>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="242"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="200"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="209"/>
        <source>Exporting… %1</source>
        <translation>Export en cours… %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="215"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="229"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé&#x202f;: rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="245"/>
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
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="249"/>
        <source>ZIP: %1</source>
        <translation>ZIP&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="253"/>
        <source>Close</source>
        <translation>Fermer</translation>
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
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="138"/>
        <source>%n items filed into “%1”</source>
        <translation>
            <numerusform>%n élément classé dans «&#x202f;%1&#x202f;»</numerusform>
            <numerusform>%n éléments classés dans «&#x202f;%1&#x202f;»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="141"/>
        <source>Already in “%1”</source>
        <translation>Déjà dans «&#x202f;%1&#x202f;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="143"/>
        <source>%n e-mails logged as contacts in “%1”</source>
        <translation>
            <numerusform>%n e-mail noté comme échange dans «&#x202f;%1&#x202f;»</numerusform>
            <numerusform>%n e-mails notés comme échanges dans «&#x202f;%1&#x202f;»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="110"/>
        <source>&amp;Open claim folder…</source>
        <translation>&amp;Ouvrir un dossier de réclamations…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="112"/>
        <source>New claim &amp;folder…</source>
        <translation>Nouveau &amp;dossier de réclamations…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="122"/>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="142"/>
        <source>Windows closed</source>
        <translation>Fenêtres fermées</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="143"/>
        <source>BonusDesk now shows the claim folder %1.

These windows belonged to the folder that was closed; they were closed too and nothing more was written to it:
%2</source>
        <translation>BonusDesk affiche maintenant le dossier de réclamations %1.

Ces fenêtres appartenaient au dossier qui a été fermé&#x202f;; elles ont été fermées aussi et plus rien n&apos;y a été écrit&#x202f;:
%2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="150"/>
        <source>Open claim folder</source>
        <translation>Ouvrir un dossier de réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="156"/>
        <source>Choose where to create the claim folder</source>
        <translation>Choisissez où créer le dossier de réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="176"/>
        <source>Open another claim folder?</source>
        <translation>Ouvrir un autre dossier de réclamations&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="177"/>
        <source>BonusDesk was started again for the claim folder %1.

Open it instead of %2? Windows open on %2 will be closed; the details you typed are saved first.</source>
        <translation>BonusDesk a été relancé pour le dossier de réclamations %1.

L&apos;ouvrir à la place de %2&#x202f;? Les fenêtres ouvertes sur %2 seront fermées&#x202f;; les détails saisis sont d&apos;abord enregistrés.</translation>
    </message>
</context>
<context>
    <name>FolderSession</name>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="37"/>
        <source>Folder in use</source>
        <translation>Dossier déjà utilisé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="38"/>
        <source>The claim folder %1 is already open in another BonusDesk window or program.

Close it there, then try again. Nothing was changed.</source>
        <translation>Le dossier de réclamations %1 est déjà ouvert dans une autre fenêtre ou un autre programme BonusDesk.

Fermez-le là-bas, puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="44"/>
        <source>Newer folder</source>
        <translation>Dossier plus récent</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="45"/>
        <source>The claim folder %1 was saved by a newer version of BonusDesk.

Update BonusDesk to open it. Nothing was changed.</source>
        <translation>Le dossier de réclamations %1 a été enregistré par une version plus récente de BonusDesk.

Mettez BonusDesk à jour pour l&apos;ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="51"/>
        <source>Not a claim folder</source>
        <translation>Pas un dossier de réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="52"/>
        <source>%1 is not a BonusDesk claim folder yet.

Create a new claim folder there?</source>
        <translation>%1 n&apos;est pas encore un dossier de réclamations BonusDesk.

Créer un nouveau dossier de réclamations ici&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="59"/>
        <source>Cannot open folder</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="60"/>
        <source>The claim folder %1 cannot be opened:
%2</source>
        <translation>Le dossier de réclamations %1 ne peut pas être ouvert&#x202f;:
%2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="68"/>
        <source>&lt;h2&gt;Welcome to BonusDesk&lt;/h2&gt;&lt;p&gt;BonusDesk keeps everything about a problem with an online bonus in one place, on this computer only. It works in three steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Describe the problem.&lt;/b&gt; Create a claim: the platform, when it happened, what you did, what you expected and what happened instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gather evidence.&lt;/b&gt; Take screenshots, drop files and emails into the claim. Each file is kept unchanged with its date and fingerprint.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report in time and follow up.&lt;/b&gt; Write your report, send it to support before the deadline, log every answer and export a PDF package if you need to escalate.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;No claim yet and the error is on screen? Capture it now (Ctrl+Shift+S): the screenshot waits in the Inbox until you file it into a claim.&lt;/p&gt;&lt;p&gt;Your claims are saved in: &lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans BonusDesk&lt;/h2&gt;&lt;p&gt;BonusDesk rassemble tout ce qui concerne un problème de bonus en ligne, au même endroit et uniquement sur cet ordinateur. Trois étapes&#x202f;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Décrivez le problème.&lt;/b&gt; Créez une réclamation&#x202f;: la plateforme, le moment de l&apos;incident, ce que vous avez fait, ce que vous attendiez et ce qui s&apos;est passé.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rassemblez les preuves.&lt;/b&gt; Faites des captures d&apos;écran, déposez des fichiers et des e-mails dans la réclamation. Chaque fichier est conservé tel quel, avec sa date et son empreinte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Signalez à temps et faites le suivi.&lt;/b&gt; Rédigez votre signalement, envoyez-le au support avant l&apos;échéance, notez chaque réponse et exportez un dossier PDF si vous devez aller plus loin.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Pas encore de réclamation et l&apos;erreur est à l&apos;écran&#x202f;? Capturez-la tout de suite (Ctrl+Maj+S)&#x202f;: la capture attend dans «&#x202f;À classer&#x202f;» jusqu&apos;à ce que vous la classiez dans une réclamation.&lt;/p&gt;&lt;p&gt;Vos réclamations sont enregistrées dans&#x202f;: &lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="94"/>
        <source>&amp;What do I do now?</source>
        <translation>&amp;Que faire maintenant&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="90"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
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
    <name>ImagePreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="85"/>
        <source>Evidence picture</source>
        <translation>Image de la preuve</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="86"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="87"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="88"/>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="89"/>
        <source>&amp;100 %</source>
        <translation>&amp;100&#x202f;%</translation>
    </message>
</context>
<context>
    <name>InboxButton</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="110"/>
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
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="117"/>
        <source>Add files to the Inbox</source>
        <translation>Ajouter des fichiers à «&#x202f;À classer&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="130"/>
        <source>Cannot add the files</source>
        <translation>Impossible d&apos;ajouter les fichiers</translation>
    </message>
</context>
<context>
    <name>MailPreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="182"/>
        <source>From:</source>
        <translation>De&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="183"/>
        <source>To:</source>
        <translation>À&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="184"/>
        <source>Cc:</source>
        <translation>Cc&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="185"/>
        <source>Date:</source>
        <translation>Date&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="186"/>
        <source>unknown (the e-mail has no date)</source>
        <translation>inconnue (l&apos;e-mail n&apos;a pas de date)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="187"/>
        <source>Subject:</source>
        <translation>Objet&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="190"/>
        <source>E-mail text</source>
        <translation>Texte de l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="194"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="206"/>
        <source>Attachments: %1</source>
        <translation>Pièces jointes&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="208"/>
        <source>(added as evidence when you file the e-mail into a claim)</source>
        <translation>(ajoutées comme preuves quand vous classerez l&apos;e-mail dans une réclamation)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="103"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="99"/>
        <source>&amp;Add evidence files…</source>
        <translation>&amp;Ajouter des preuves…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="100"/>
        <source>Add screenshots, PDFs or emails (Ctrl+I)</source>
        <translation>Ajouter des captures, des PDF ou des e-mails (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="106"/>
        <source>Go to the &amp;Inbox</source>
        <translation>Aller à «&#x202f;À c&amp;lasser&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="107"/>
        <source>Screenshots and files waiting to be filed into a claim (Ctrl+Shift+I)</source>
        <translation>Captures et fichiers en attente d&apos;être classés dans une réclamation (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="142"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="148"/>
        <source>&amp;Recent folders</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="155"/>
        <source>&amp;Claim</source>
        <translation>&amp;Réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="156"/>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="171"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="183"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="193"/>
        <source>Follow-up toolbar</source>
        <translation>Barre de suivi</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="197"/>
        <source>Follow-up:</source>
        <translation>Suivi&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="211"/>
        <source>No claim folder is open.
Use File → Open claim folder.</source>
        <translation>Aucun dossier de réclamations n&apos;est ouvert.
Utilisez Fichier → Ouvrir un dossier de réclamations.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="214"/>
        <source>No claims yet.

Click “New claim” (Ctrl+N) to describe your problem.
Not sure where to start? Help › What do I do now? (F1)</source>
        <translation>Aucune réclamation pour l&apos;instant.

Cliquez sur «&#x202f;Nouvelle réclamation&#x202f;» (Ctrl+N) pour décrire votre problème.
Vous ne savez pas par où commencer&#x202f;? Aide › Que faire maintenant&#x202f;? (F1)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="220"/>
        <source>The error is on screen right now? Capture it first (%1): no claim is needed, the screenshot waits in the Inbox.</source>
        <translation>L&apos;erreur est à l&apos;écran en ce moment&#x202f;? Capturez-la d&apos;abord (%1)&#x202f;: pas besoin de réclamation, la capture attend dans «&#x202f;À classer&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="224"/>
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
    <name>PdfPreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="117"/>
        <source>PDF page</source>
        <translation>Page du PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="121"/>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="122"/>
        <source>Ne&amp;xt page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="136"/>
        <source>This PDF cannot be shown here (it may be protected by a password). Open it with the default application.</source>
        <translation>Ce PDF ne peut pas être affiché ici (il est peut-être protégé par un mot de passe). Ouvrez-le avec l&apos;application par défaut.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="157"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="41"/>
        <source>Platform: %1</source>
        <translation>Plateforme&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="44"/>
        <source>Kind of platform</source>
        <translation>Type de plateforme</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="48"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="48"/>
        <source>Support email</source>
        <translation>E-mail du support</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="49"/>
        <source>Support phone</source>
        <translation>Téléphone du support</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="50"/>
        <source>Contact form address</source>
        <translation>Adresse du formulaire de contact</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="56"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="58"/>
        <source>Reporting window in hours</source>
        <translation>Délai de signalement en heures</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="61"/>
        <source>Regulator</source>
        <translation>Régulateur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="76"/>
        <source>Leave empty when the platform counts deadlines in your own time zone</source>
        <translation>Laissez vide si la plateforme compte les délais dans votre propre fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="79"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="82"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="84"/>
        <source>%1:</source>
        <translation>%1&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="85"/>
        <source>Reporting &amp;window:</source>
        <translation>&amp;Délai de signalement&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="86"/>
        <source>&amp;Regulator:</source>
        <translation>&amp;Régulateur&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="87"/>
        <source>Deadlines &amp;time zone:</source>
        <translation>&amp;Fuseau horaire des délais&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="88"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="89"/>
        <source>The regulator decides which escalation clocks apply (for example the operator&apos;s 8 weeks in the United Kingdom).</source>
        <translation>Le régulateur détermine les délais de recours qui s&apos;appliquent (par exemple les 8 semaines de l&apos;opérateur au Royaume-Uni).</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="128"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
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
    <name>Reminders</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="94"/>
        <source>%1: %2 — %3</source>
        <translation>%1&#x202f;: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="99"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="101"/>
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
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="50"/>
        <source>Write my report</source>
        <translation>Rédiger mon signalement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="53"/>
        <source>This message is written from your claim. Read it, change what you want, then copy it into the platform&apos;s contact form or an email to support.</source>
        <translation>Ce message est rédigé à partir de votre réclamation. Relisez-le, modifiez ce que vous voulez, puis copiez-le dans le formulaire de contact de la plateforme ou dans un e-mail au support.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="57"/>
        <source>Language of the report</source>
        <translation>Langue du signalement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="63"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="65"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="66"/>
        <source>Copy s&amp;ubject</source>
        <translation>Copier l&apos;&amp;objet</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="68"/>
        <source>&amp;Copy message</source>
        <translation>&amp;Copier le message</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="73"/>
        <source>&amp;Write again from the details</source>
        <translation>&amp;Réécrire à partir des détails</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="81"/>
        <source>&amp;Subject:</source>
        <translation>O&amp;bjet&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="96"/>
        <source>What support will ask for</source>
        <translation>Ce que le support va demander</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="101"/>
        <source>&amp;Fill in the details…</source>
        <translation>&amp;Compléter les détails…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="106"/>
        <source>&lt;b&gt;What support will ask for&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que le support va demander&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="146"/>
        <source>At least one screenshot or document</source>
        <translation>Au moins une capture d&apos;écran ou un document</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="153"/>
        <source>Missing: %1</source>
        <translation>Manquant&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="153"/>
        <source>Given: %1</source>
        <translation>Fourni&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="158"/>
        <source>Everything support usually asks for is there.</source>
        <translation>Tout ce que le support demande habituellement est là.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="159"/>
        <source>%n items missing: support will probably ask for them.</source>
        <translation>
            <numerusform>%n élément manque&#x202f;: le support le demandera probablement.</numerusform>
            <numerusform>%n éléments manquent&#x202f;: le support les demandera probablement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="172"/>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
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
        <location filename="../../bonusdesk/ui/settings/commands.py" line="54"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="55"/>
        <source>The new language applies the next time BonusDesk starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de BonusDesk.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="59"/>
        <source>About BonusDesk</source>
        <translation>À propos de BonusDesk</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="60"/>
        <source>&lt;h3&gt;BonusDesk %1&lt;/h3&gt;&lt;p&gt;Keeps the evidence of a problem with an online bonus: screenshots, deadlines, contacts with support and a PDF package.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. BonusDesk never connects to the internet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BonusDesk %1&lt;/h3&gt;&lt;p&gt;Conserve les preuves d&apos;un problème de bonus en ligne&#x202f;: captures d&apos;écran, échéances, échanges avec le support et dossier PDF.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur. BonusDesk ne se connecte jamais à Internet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="41"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="44"/>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="117"/>
        <source>Claim folder</source>
        <translation>Dossier de réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="45"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="51"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="55"/>
        <source>Same as the computer (%1)</source>
        <translation>Comme l&apos;ordinateur (%1)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="61"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="63"/>
        <source>Default reporting window in hours</source>
        <translation>Délai de signalement par défaut en heures</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="65"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="66"/>
        <source>Printed on the PDF and under your report</source>
        <translation>Imprimé sur le PDF et sous votre signalement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="69"/>
        <source>Capture shortcut</source>
        <translation>Raccourci de capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="71"/>
        <source>What the capture shortcut takes</source>
        <translation>Ce que prend le raccourci de capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="72"/>
        <source>The whole screen</source>
        <translation>Tout l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="73"/>
        <source>The active window</source>
        <translation>La fenêtre active</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="75"/>
        <source>Closing the window keeps BonusDesk in the tray (use Quit to exit)</source>
        <translation>Fermer la fenêtre laisse BonusDesk dans la zone de notification (Quitter pour sortir)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="79"/>
        <source>Claim &amp;folder:</source>
        <translation>&amp;Dossier de réclamations&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="82"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="83"/>
        <source>Default reporting &amp;window:</source>
        <translation>Délai de &amp;signalement par défaut&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="84"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="85"/>
        <source>Your time &amp;zone:</source>
        <translation>Votre &amp;fuseau horaire&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="86"/>
        <source>Capture &amp;shortcut:</source>
        <translation>&amp;Raccourci de capture&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="100"/>
        <source>The shortcut &amp;takes:</source>
        <translation>Le raccourci &amp;prend&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="105"/>
        <source>A new language applies the next time BonusDesk starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de BonusDesk.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="125"/>
        <source>Unknown time zone</source>
        <translation>Fuseau horaire inconnu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="126"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation>Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="90"/>
        <source>Works only while BonusDesk is in front: %1</source>
        <translation>Ne fonctionne que lorsque BonusDesk est au premier plan&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="93"/>
        <source>Works from any application (system-wide).</source>
        <translation>Fonctionne depuis n&apos;importe quelle application (raccourci global).</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="95"/>
        <source>No capture shortcut.</source>
        <translation>Aucun raccourci de capture.</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="31"/>
        <source>I &amp;reported it</source>
        <translation>Je l&apos;ai &amp;signalé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="32"/>
        <source>Support &amp;answered</source>
        <translation>Le support a &amp;répondu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="33"/>
        <source>They asked for &amp;information</source>
        <translation>Ils demandent des &amp;informations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="34"/>
        <source>&amp;Final answer</source>
        <translation>Réponse &amp;définitive</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="35"/>
        <source>&amp;Escalate</source>
        <translation>&amp;Saisir un médiateur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="40"/>
        <source>Log how and when you sent your report to support. Keep the ticket number: support will ask for it.</source>
        <translation>Notez comment et quand vous avez envoyé votre signalement au support. Gardez le numéro de ticket&#x202f;: le support vous le demandera.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="43"/>
        <source>Log what support answered, with the date and the agent&apos;s name if they gave one.</source>
        <translation>Notez la réponse du support, avec la date et le nom du conseiller s&apos;il l&apos;a donné.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="46"/>
        <source>Support needs more from you. Note what they asked for and by when you must answer.</source>
        <translation>Le support a besoin de plus d&apos;informations. Notez ce qu&apos;ils demandent et la date limite pour répondre.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="49"/>
        <source>The claim is settled. Note the outcome and what support wrote.</source>
        <translation>La réclamation est réglée. Notez l&apos;issue et ce que le support a écrit.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="52"/>
        <source>Support did not solve it: you take it further (complaint service, regulator, mediator). Note where you sent it.</source>
        <translation>Le support n&apos;a pas résolu le problème&#x202f;: vous allez plus loin (service réclamations, régulateur, médiateur). Notez à qui vous l&apos;avez envoyé.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="79"/>
        <source>They gave me a deadline to answer</source>
        <translation>Ils m&apos;ont donné une date limite pour répondre</translation>
    </message>
</context>
<context>
    <name>TimeWithZone</name>
    <message>
        <location filename="../../bonusdesk/ui/widgets.py" line="60"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="55"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="65"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="67"/>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="93"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="75"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="83"/>
        <source>Withdrawn (%1): %2</source>
        <translation>Retiré (%1)&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="85"/>
        <source>Contact</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="92"/>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="101"/>
        <source>contact %1, because: %2</source>
        <translation>échange %1, raison&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="104"/>
        <source>from the Inbox</source>
        <translation>depuis «&#x202f;À classer&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="105"/>
        <source>from claim %1</source>
        <translation>depuis la réclamation %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="107"/>
        <source>back to the Inbox</source>
        <translation>remis dans «&#x202f;À classer&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="108"/>
        <source>to claim %1</source>
        <translation>vers la réclamation %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="126"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#x202f;: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="146"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="146"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="146"/>
        <source>What</source>
        <translation>Quoi</translation>
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
    <name>ZoneBox</name>
    <message>
        <location filename="../../bonusdesk/ui/widgets.py" line="42"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
</TS>
