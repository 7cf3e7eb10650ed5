<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="189" />
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="190" />
        <source>Select or create a claim first: the screenshot is stored in it.</source>
        <translation>Sélectionnez ou créez d'abord une réclamation : la capture y est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="199" />
        <source>Capturing in %1 seconds…</source>
        <translation>Capture dans %1 secondes…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="232" />
        <source>Saving the screenshot…</source>
        <translation>Enregistrement de la capture…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="258" />
        <source>Capture cancelled</source>
        <translation>Capture annulée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="279" />
        <source>Screenshot added (%1 × %2)</source>
        <translation>Capture ajoutée (%1 × %2)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="287" />
        <source>Capture failed</source>
        <translation>Échec de la capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="294" />
        <source>Capture the &amp;screen</source>
        <translation>Capturer l'&amp;écran</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="297" />
        <source>Screenshot of the whole screen into this claim (%1)</source>
        <translation>Capture de tout l'écran dans cette réclamation (%1)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="301" />
        <source>Capture a &amp;region…</source>
        <translation>Capturer une &amp;zone…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="304" />
        <source>Drag a rectangle on the screen (Ctrl+Shift+A)</source>
        <translation>Tracez un rectangle sur l'écran (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="307" />
        <source>Capture in &amp;5 seconds</source>
        <translation>Capturer dans &amp;5 secondes</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="310" />
        <source>Time to open a menu or a page before the screenshot</source>
        <translation>Le temps d'ouvrir un menu ou une page avant la capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="316" />
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="198" />
        <source>Screenshot of the whole screen into this claim (%1, from any application)</source>
        <translation>Capture de tout l'écran dans cette réclamation (%1, depuis n'importe quelle application)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="203" />
        <source>Screenshot of the whole screen into this claim</source>
        <translation>Capture de tout l'écran dans cette réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="210" />
        <source>The capture shortcut %1 works only while BonusDesk is in front: %2</source>
        <translation>Le raccourci de capture %1 ne fonctionne que lorsque BonusDesk est au premier plan : %2</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="36" />
        <source>Support will check these conditions first. Answer what you know; "No" answers are worth reading the terms again before you report.</source>
        <translation>Le support vérifiera d'abord ces conditions. Répondez à ce que vous savez ; si vous répondez « Non », relisez les conditions de l'offre avant de signaler le problème.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="46" />
        <source>Another condition of the offer…</source>
        <translation>Une autre condition de l'offre…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="47" />
        <source>New checklist item</source>
        <translation>Nouvelle condition</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="48" />
        <source>&amp;Add condition</source>
        <translation>&amp;Ajouter la condition</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="73" />
        <source>Note (where you checked)</source>
        <translation>Note (où vous l'avez vérifié)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="74" />
        <source>Note for %1</source>
        <translation>Note pour %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="94" />
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="105" />
        <source>Cannot add</source>
        <translation>Ajout impossible</translation>
    </message>
</context>
<context>
    <name>ClaimView</name>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="40" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="59" />
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="60" />
        <source>E&amp;ligibility</source>
        <translation>É&amp;ligibilité</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="61" />
        <source>E&amp;vidence</source>
        <translation>&amp;Preuves</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="62" />
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="63" />
        <source>&amp;Timeline</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="64" />
        <source>Deadli&amp;nes</source>
        <translation>Éché&amp;ances</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="113" />
        <source>%1 · happened %2</source>
        <translation>%1 · survenu le %2</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../bonusdesk/ui/claims_panel.py" line="39" />
        <source>Claims</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_panel.py" line="59" />
        <source>Search claims, contacts, evidence… (Ctrl+F)</source>
        <translation>Rechercher… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_panel.py" line="60" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_panel.py" line="66" />
        <source>Show claims</source>
        <translation>Afficher les réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_panel.py" line="67" />
        <source>Open claims</source>
        <translation>Réclamations en cours</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_panel.py" line="68" />
        <source>All claims</source>
        <translation>Toutes les réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_panel.py" line="69" />
        <source>Finished claims</source>
        <translation>Réclamations terminées</translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <location filename="../../bonusdesk/ui/claims_model.py" line="108" />
        <source>Claim</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_model.py" line="108" />
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_model.py" line="108" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_model.py" line="109" />
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="47" />
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="50" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="52" />
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="57" />
        <source>Who wrote</source>
        <translation>Qui a écrit</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="63" />
        <source>Ticket or reference number</source>
        <translation>Numéro de ticket ou de référence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="64" />
        <source>e.g. ticket #48213</source>
        <translation>ex. ticket n° 48213</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="66" />
        <source>Agent name</source>
        <translation>Nom de l'agent</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="68" />
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="70" />
        <source>What you sent or what they answered</source>
        <translation>Ce que vous avez envoyé ou ce qu'ils ont répondu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="72" />
        <source>What they promised</source>
        <translation>Ce qu'ils ont promis</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="73" />
        <source>&amp;How:</source>
        <translation>&amp;Comment :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="74" />
        <source>&amp;Who:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="75" />
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="76" />
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="77" />
        <source>&amp;Agent:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="78" />
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="79" />
        <source>&amp;Promised:</source>
        <translation>&amp;Promesse :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="87" />
        <source>&amp;Due:</source>
        <translation>À rendre &amp;avant :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="101" />
        <source>Unknown time zone</source>
        <translation>Fuseau horaire inconnu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="102" />
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation>Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="43" />
        <source>Contacts with support</source>
        <translation>Échanges avec le support</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="44" />
        <source>&amp;Log a contact…</source>
        <translation>&amp;Noter un échange…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="46" />
        <source>Import an &amp;email (.eml)…</source>
        <translation>Importer un &amp;e-mail (.eml)…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="60" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="60" />
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="60" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="60" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="61" />
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="80" />
        <source>Log a contact</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="81" />
        <source>Note every exchange with support, even a phone call that led nowhere.</source>
        <translation>Notez chaque échange avec le support, même un appel qui n'a rien donné.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="89" />
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="96" />
        <source>Import emails</source>
        <translation>Importer des e-mails</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="96" />
        <source>Emails (*.eml);;All files (*)</source>
        <translation>E-mails (*.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="105" />
        <source>Cannot import the email</source>
        <translation>Impossible d'importer l'e-mail</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="108" />
        <source>%1 was added as evidence but is not an email.</source>
        <translation>%1 a été ajouté aux preuves mais ce n'est pas un e-mail.</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="41" />
        <source>Deadlines are worked out from the incident time, the platform's reporting window, the status history and your contacts. Recording a status or a contact updates them at once.</source>
        <translation>Les échéances sont calculées à partir de la date de l'incident, du délai de signalement de la plateforme, de l'historique des statuts et de vos échanges. Enregistrer un statut ou un échange les met à jour aussitôt.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="51" />
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="53" />
        <source>Add to my &amp;calendar (.ics)…</source>
        <translation>Ajouter à mon &amp;agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="73" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="73" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="73" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="73" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="73" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="96" />
        <source>No deadline for this claim.</source>
        <translation>Aucune échéance pour cette réclamation.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="106" />
        <source>Save the deadlines as a calendar</source>
        <translation>Enregistrer les échéances comme agenda</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="107" />
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="113" />
        <source>Cannot save the calendar</source>
        <translation>Impossible d'enregistrer l'agenda</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="85" />
        <source>How often does the error happen?</source>
        <translation>À quelle fréquence l'erreur se produit-elle ?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="87" />
        <source>Only once</source>
        <translation>Une seule fois</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="132" />
        <source>How often?</source>
        <translation>À quelle fréquence ?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="48" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="48" />
        <source>Account / player ID</source>
        <translation>Compte / identifiant joueur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="49" />
        <source>Bonus or offer</source>
        <translation>Bonus ou offre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="49" />
        <source>Bonus type</source>
        <translation>Type de bonus</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="50" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="50" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="51" />
        <source>Promo code</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="51" />
        <source>Transaction ID</source>
        <translation>N° de transaction</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="52" />
        <source>Game round ID</source>
        <translation>N° de partie</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="52" />
        <source>Error code</source>
        <translation>Code d'erreur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="53" />
        <source>1. What I did</source>
        <translation>1. Ce que j'ai fait</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="53" />
        <source>2. What I expected</source>
        <translation>2. Ce que j'attendais</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="54" />
        <source>3. What happened instead</source>
        <translation>3. Ce qui s'est passé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="55" />
        <source>Error message (exact words)</source>
        <translation>Message d'erreur (mot pour mot)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="55" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="69" />
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="72" />
        <source>e.g. I deposited 100 € with the code WELCOME100 on the 20th at 21:15</source>
        <translation>ex. J'ai déposé 100 € avec le code WELCOME100 le 20 à 21 h 15</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="74" />
        <source>e.g. A 100 € bonus on my account, as the offer page says</source>
        <translation>ex. Un bonus de 100 € sur mon compte, comme l'indique la page de l'offre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="76" />
        <source>e.g. The deposit went through but no bonus; the page shows error BNS-402</source>
        <translation>ex. Le dépôt est passé mais pas de bonus ; la page affiche l'erreur BNS-402</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="80" />
        <source>Kind of problem</source>
        <translation>Type de problème</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="83" />
        <source>Does it happen every time?</source>
        <translation>Cela arrive-t-il à chaque fois ?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="84" />
        <source>Only sometimes</source>
        <translation>Seulement parfois</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="84" />
        <source>Every time</source>
        <translation>À chaque fois</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="85" />
        <source>Was your connection stable?</source>
        <translation>Votre connexion était-elle stable ?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="86" />
        <source>Yes, stable</source>
        <translation>Oui, stable</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="86" />
        <source>No, unstable</source>
        <translation>Non, instable</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="88" />
        <source>When it happened</source>
        <translation>Date de l'incident</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="91" />
        <source>Platform default</source>
        <translation>Valeur de la plateforme</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="92" />
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="93" />
        <source>Reporting window in hours</source>
        <translation>Délai de signalement en heures</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="99" />
        <source>Platform &amp;details…</source>
        <translation>&amp;Fiche de la plateforme…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="100" />
        <source>Support contacts, reporting window and regulator</source>
        <translation>Contacts du support, délai de signalement et régulateur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="103" />
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="104" />
        <source>Problem:</source>
        <translation>Problème :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="105" />
        <source>When it happened:</source>
        <translation>Date de l'incident :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="106" />
        <source>Reporting window:</source>
        <translation>Délai de signalement :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="115" />
        <source>The claim</source>
        <translation>La réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="121" />
        <source>What happened, in three parts</source>
        <translation>Ce qui s'est passé, en trois parties</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="127" />
        <source>Every time?</source>
        <translation>À chaque fois ?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="128" />
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="130" />
        <source>Error and circumstances</source>
        <translation>Erreur et circonstances</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="133" />
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="134" />
        <source>Save the details (Ctrl+S)</source>
        <translation>Enregistrer les détails (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="156" />
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="176" />
        <source>Platform default (%1 h)</source>
        <translation>Valeur de la plateforme (%1 h)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="228" />
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="99" />
        <source>Evidence gallery</source>
        <translation>Galerie des preuves</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="103" />
        <source>Drop screenshots, photos, PDFs or emails (.eml) here, or a whole folder. Ctrl+V pastes a copied image. Double-click to view; F2 edits the caption.</source>
        <translation>Déposez ici des captures d'écran, photos, PDF ou e-mails (.eml), ou un dossier entier. Ctrl+V colle une image copiée. Double-cliquez pour afficher ; F2 modifie la légende.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="106" />
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="108" />
        <source>&amp;Paste image</source>
        <translation>&amp;Coller une image</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="110" />
        <source>Edit &amp;caption</source>
        <translation>Modifier la &amp;légende</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="132" />
        <source>Add evidence files</source>
        <translation>Ajouter des preuves</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="145" />
        <source>Importing evidence…</source>
        <translation>Import des preuves…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="145" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="154" />
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="177" />
        <source>%1 file(s) added</source>
        <translation>%1 fichier(s) ajouté(s)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="179" />
        <source>, %1 already there</source>
        <translation>, %1 déjà présent(s)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="181" />
        <source>, %1 email(s) logged as contacts</source>
        <translation>, %1 e-mail(s) noté(s) comme échanges</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="186" />
        <source>Some files were not added</source>
        <translation>Certains fichiers n'ont pas été ajoutés</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="187" />
        <source>These files were refused; nothing of them was kept:

%1</source>
        <translation>Ces fichiers ont été refusés ; rien n'en a été conservé :

%1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="197" />
        <source>Pasted image</source>
        <translation>Image collée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="201" />
        <source>The clipboard holds no image or file.</source>
        <translation>Le presse-papiers ne contient ni image ni fichier.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="215" />
        <source>Cannot add the image</source>
        <translation>Impossible d'ajouter l'image</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="218" />
        <source>Image added</source>
        <translation>Image ajoutée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="236" />
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="237" />
        <source>What does this show?</source>
        <translation>Que montre cette preuve ?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="245" />
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="86" />
        <source>Evidence: %1</source>
        <translation>Preuve : %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="91" />
        <source>Evidence picture</source>
        <translation>Image de la preuve</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="93" />
        <source>No preview for this kind of file.
%1</source>
        <translation>Pas d'aperçu pour ce type de fichier.
%1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="95" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="96" />
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="97" />
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="98" />
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="126" />
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="127" />
        <source>Added:</source>
        <translation>Ajouté le :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="128" />
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="128" />
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="129" />
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="131" />
        <source>Dimensions:</source>
        <translation>Dimensions :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="133" />
        <source>Pages:</source>
        <translation>Pages :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="135" />
        <source>Taken (EXIF):</source>
        <translation>Prise (EXIF) :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="137" />
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="138" />
        <source>Integrity:</source>
        <translation>Intégrité :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="139" />
        <source>Intact: the file matches its fingerprint</source>
        <translation>Intact : le fichier correspond à son empreinte</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="140" />
        <source>MISSING: the file is not in the folder any more</source>
        <translation>MANQUANT : le fichier n'est plus dans le dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="141" />
        <source>ALTERED: the file no longer matches its fingerprint</source>
        <translation>MODIFIÉ : le fichier ne correspond plus à son empreinte</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="144" />
        <source>Kind of evidence</source>
        <translation>Nature de la preuve</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="148" />
        <source>Kind of &amp;evidence:</source>
        <translation>&amp;Nature de la preuve :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="150" />
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="151" />
        <source>What this shows, in a few words</source>
        <translation>Ce que cela montre, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="153" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="155" />
        <source>&amp;Caption:</source>
        <translation>&amp;Légende :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="156" />
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="185" />
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="88" />
        <source>Export the claim as PDF</source>
        <translation>Exporter la réclamation en PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="91" />
        <source>One PDF with your complaint, the checklist, the timeline, the contacts and every piece of evidence with its fingerprint: ready to send to support, a regulator or a mediator.</source>
        <translation>Un seul PDF avec votre réclamation, les conditions, l'historique, les échanges et chaque preuve avec son empreinte : prêt à envoyer au support, à un régulateur ou à un médiateur.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="96" />
        <source>Language of the PDF</source>
        <translation>Langue du PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="101" />
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="102" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="108" />
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="109" />
        <source>Keep the PDF under</source>
        <translation>Limiter le PDF à</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="114" />
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="115" />
        <source>Size limit in megabytes</source>
        <translation>Taille maximale en mégaoctets</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="121" />
        <source>Attach the original files inside the PDF</source>
        <translation>Joindre les fichiers originaux dans le PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="123" />
        <source>Also make a ZIP with the original files and their checksums</source>
        <translation>Créer aussi un ZIP avec les fichiers originaux et leurs empreintes</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="127" />
        <source>Optional: protect the PDF with a password</source>
        <translation>Facultatif : protéger le PDF par un mot de passe</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="128" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="130" />
        <source>Evidence to include</source>
        <translation>Preuves à inclure</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="141" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="142" />
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="145" />
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="146" />
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="151" />
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="152" />
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuves :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="155" />
        <source>Export progress</source>
        <translation>Progression de l'export</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="160" />
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="163" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="165" />
        <source>Show the &amp;file</source>
        <translation>Afficher le &amp;fichier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="181" />
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="182" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="201" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="201" />
        <source>Choose a file name for the PDF.</source>
        <translation>Choisissez un nom de fichier pour le PDF.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="204" />
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="205" />
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="212" />
        <location filename="../../bonusdesk/ui/export_dialog.py" line="246" />
        <location filename="../../bonusdesk/ui/export_dialog.py" line="251" />
        <source>Export failed</source>
        <translation>Échec de l'export</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="218" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="224" />
        <source>Exporting… %1</source>
        <translation>Export en cours… %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="229" />
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="242" />
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="254" />
        <source>Saved %1 (%2 pages, %3 MB).
SHA-256: %4</source>
        <translation>Enregistré : %1 (%2 pages, %3 Mo).
SHA-256 : %4</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="258" />
        <source>ZIP: %1</source>
        <translation>ZIP : %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="262" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FolderSession</name>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="27" />
        <source>Folder in use</source>
        <translation>Dossier déjà utilisé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="28" />
        <source>The claim folder %1 is already open in another BonusDesk window or program.

Close it there, then try again. Nothing was changed.</source>
        <translation>Le dossier de réclamations %1 est déjà ouvert dans une autre fenêtre ou un autre programme BonusDesk.

Fermez-le là-bas, puis réessayez. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="34" />
        <source>Newer folder</source>
        <translation>Dossier plus récent</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="35" />
        <source>The claim folder %1 was saved by a newer version of BonusDesk.

Update BonusDesk to open it. Nothing was changed.</source>
        <translation>Le dossier de réclamations %1 a été enregistré par une version plus récente de BonusDesk.

Mettez BonusDesk à jour pour l'ouvrir. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="41" />
        <source>Not a claim folder</source>
        <translation>Pas un dossier de réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="42" />
        <source>%1 is not a BonusDesk claim folder yet.

Create a new claim folder there?</source>
        <translation>%1 n'est pas encore un dossier de réclamations BonusDesk.

Créer un nouveau dossier de réclamations ici ?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="49" />
        <source>Cannot open folder</source>
        <translation>Impossible d'ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="50" />
        <source>The claim folder %1 cannot be opened:
%2</source>
        <translation>Le dossier de réclamations %1 ne peut pas être ouvert :
%2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="58" />
        <source>&lt;h2&gt;Welcome to BonusDesk&lt;/h2&gt;&lt;p&gt;BonusDesk keeps everything about a problem with an online bonus in one place, on this computer only. It works in three steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Describe the problem.&lt;/b&gt; Create a claim: the platform, when it happened, what you did, what you expected and what happened instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gather evidence.&lt;/b&gt; Take screenshots, drop files and emails into the claim. Each file is kept unchanged with its date and fingerprint.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report in time and follow up.&lt;/b&gt; Write your report, send it to support before the deadline, log every answer and export a PDF package if you need to escalate.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Your claims are saved in: &lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans BonusDesk&lt;/h2&gt;&lt;p&gt;BonusDesk rassemble tout ce qui concerne un problème de bonus en ligne, au même endroit et uniquement sur cet ordinateur. Trois étapes :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Décrivez le problème.&lt;/b&gt; Créez une réclamation : la plateforme, le moment de l'incident, ce que vous avez fait, ce que vous attendiez et ce qui s'est passé.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rassemblez les preuves.&lt;/b&gt; Faites des captures d'écran, déposez des fichiers et des e-mails dans la réclamation. Chaque fichier est conservé tel quel, avec sa date et son empreinte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Signalez à temps et faites le suivi.&lt;/b&gt; Rédigez votre signalement, envoyez-le au support avant l'échéance, notez chaque réponse et exportez un dossier PDF si vous devez aller plus loin.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Vos réclamations sont enregistrées dans : &lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="77" />
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <location filename="../../bonusdesk/ui/global_hotkey.py" line="86" />
        <source>A system-wide shortcut is not available on macOS yet in this version: use the shortcut while BonusDesk is in front, or take the screenshot with Cmd+Shift+5 and import the file.</source>
        <translation>Un raccourci global n'est pas encore disponible sur macOS dans cette version : utilisez le raccourci quand BonusDesk est au premier plan, ou faites la capture avec Cmd+Maj+5 et importez le fichier.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/global_hotkey.py" line="92" />
        <source>This display system offers no system-wide shortcut to applications: the shortcut works while BonusDesk is in front.</source>
        <translation>Ce système d'affichage n'offre pas de raccourci global aux applications : le raccourci fonctionne quand BonusDesk est au premier plan.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/global_hotkey.py" line="98" />
        <source>Wayland does not let applications use system-wide shortcuts: the shortcut works while BonusDesk is in front. For other windows, take the screenshot with your desktop's screenshot tool and import the file.</source>
        <translation>Wayland ne permet pas aux applications d'utiliser des raccourcis globaux : le raccourci fonctionne quand BonusDesk est au premier plan. Pour les autres fenêtres, faites la capture avec l'outil de capture de votre bureau et importez le fichier.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_keys.py" line="88" />
        <source>No shortcut is set.</source>
        <translation>Aucun raccourci n'est défini.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_keys.py" line="92" />
        <source>“%1” is not a key combination.</source>
        <translation>« %1 » n'est pas une combinaison de touches.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_keys.py" line="94" />
        <source>A global shortcut must be a single key combination, not a sequence like “%1”.</source>
        <translation>Un raccourci global doit être une seule combinaison de touches, pas une suite comme « %1 ».</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_keys.py" line="114" />
        <source>The key of “%1” cannot be used as a global shortcut; use a letter, a digit or a function key.</source>
        <translation>La touche de « %1 » ne peut pas servir de raccourci global ; utilisez une lettre, un chiffre ou une touche de fonction.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_windows.py" line="63" />
        <source>“%1” is already used by another application: choose another shortcut. It works only while BonusDesk is in front.</source>
        <translation>« %1 » est déjà utilisé par une autre application : choisissez un autre raccourci. Il ne fonctionne que lorsque BonusDesk est au premier plan.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_windows.py" line="68" />
        <source>Windows refused the system-wide shortcut “%1”.</source>
        <translation>Windows a refusé le raccourci global « %1 ».</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_x11.py" line="114" />
        <source>The X11 library (libX11) is missing: the shortcut works only while BonusDesk is in front.</source>
        <translation>La bibliothèque X11 (libX11) est absente : le raccourci ne fonctionne que lorsque BonusDesk est au premier plan.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_x11.py" line="120" />
        <source>Cannot connect to the X server for a system-wide shortcut.</source>
        <translation>Impossible de se connecter au serveur X pour un raccourci global.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_x11.py" line="126" />
        <source>The key of “%1” is not on this keyboard.</source>
        <translation>La touche de « %1 » n'existe pas sur ce clavier.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="221" />
        <source>how often</source>
        <translation>fréquence</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="222" />
        <source>what I ask for</source>
        <translation>ma demande</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="223" />
        <source>amount asked for</source>
        <translation>montant demandé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="25" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="26" />
        <source>Ready to report</source>
        <translation>Prête à signaler</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="27" />
        <source>Reported</source>
        <translation>Signalée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="28" />
        <source>Support answered</source>
        <translation>Le support a répondu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="29" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="30" />
        <source>Information requested</source>
        <translation>Informations demandées</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="31" />
        <source>Resolved (accepted)</source>
        <translation>Résolue (acceptée)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="32" />
        <source>Resolved (rejected)</source>
        <translation>Résolue (refusée)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="33" />
        <source>Escalated</source>
        <translation>Escaladée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="34" />
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="55" />
        <source>Error message</source>
        <translation>Message d'erreur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="56" />
        <source>Bonus not credited</source>
        <translation>Bonus non crédité</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="57" />
        <source>Payment blocked or delayed</source>
        <translation>Paiement bloqué ou retardé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="59" />
        <source>Dispute over the terms</source>
        <translation>Litige sur les conditions</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="60" />
        <location filename="../../bonusdesk/ui/labels.py" line="70" />
        <location filename="../../bonusdesk/ui/labels.py" line="91" />
        <location filename="../../bonusdesk/ui/labels.py" line="102" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="66" />
        <source>Casino</source>
        <translation>Casino</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="67" />
        <source>Sportsbook</source>
        <translation>Paris sportifs</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="68" />
        <source>Cashback</source>
        <translation>Cashback</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="69" />
        <source>Loyalty programme</source>
        <translation>Programme de fidélité</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="76" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="77" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="78" />
        <source>Don't know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="79" />
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="85" />
        <source>Screenshot</source>
        <translation>Capture d'écran</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="86" />
        <source>Identity document</source>
        <translation>Pièce d'identité</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="87" />
        <location filename="../../bonusdesk/ui/labels.py" line="99" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="88" />
        <source>Bank proof</source>
        <translation>Justificatif bancaire</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="89" />
        <source>Chat transcript</source>
        <translation>Transcription de chat</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="90" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="97" />
        <source>Contact form</source>
        <translation>Formulaire de contact</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="98" />
        <source>Live chat</source>
        <translation>Chat en direct</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="100" />
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="101" />
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="108" />
        <source>I contacted them</source>
        <translation>Je les ai contactés</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="109" />
        <source>They contacted me</source>
        <translation>Ils m'ont contacté</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="116" />
        <source>Account verified</source>
        <translation>Compte vérifié</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="117" />
        <source>Identity documents accepted</source>
        <translation>Pièces d'identité acceptées</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="118" />
        <source>Minimum deposit made</source>
        <translation>Dépôt minimum effectué</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="119" />
        <source>Bonus opted in or promo code entered</source>
        <translation>Bonus activé ou code promo saisi</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="120" />
        <source>Within the promotion period</source>
        <translation>Dans la période de la promotion</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="121" />
        <source>Wagering requirements known</source>
        <translation>Conditions de mise connues</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="122" />
        <source>Terms read</source>
        <translation>Conditions lues</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="130" />
        <source>Claim created</source>
        <translation>Réclamation créée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="131" />
        <source>Claim details changed</source>
        <translation>Détails modifiés</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="132" />
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="133" />
        <source>Evidence imported</source>
        <translation>Preuve importée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="134" />
        <source>Screenshot captured</source>
        <translation>Capture d'écran prise</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="135" />
        <source>Evidence caption changed</source>
        <translation>Légende de preuve modifiée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="136" />
        <source>Contact logged</source>
        <translation>Échange noté</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="137" />
        <source>Contact changed</source>
        <translation>Échange modifié</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="138" />
        <source>Checklist item added</source>
        <translation>Condition ajoutée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="139" />
        <source>Checklist answered</source>
        <translation>Condition renseignée</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="149" />
        <source>Report</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="150" />
        <source>Follow up</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="151" />
        <source>Send the information</source>
        <translation>Envoyer les informations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="152" />
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="153" />
        <source>Escalation clock</source>
        <translation>Délai de recours</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="162" />
        <source>Report the problem to support</source>
        <translation>Signaler le problème au support</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="164" />
        <source>Follow up: no answer after 3 working days</source>
        <translation>Relancer : pas de réponse après 3 jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="167" />
        <source>Send the information support asked for</source>
        <translation>Envoyer les informations demandées par le support</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="169" />
        <source>Promised: %1</source>
        <translation>Promis : %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="174" />
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="175" />
        <source>Due soon</source>
        <translation>Bientôt</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="176" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="177" />
        <source>Done in time</source>
        <translation>Fait à temps</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="178" />
        <source>Postal letter</source>
        <translation>Courrier postal</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="178" />
        <source>Late: report anyway, say why</source>
        <translation>En retard : signalez quand même, en expliquant pourquoi</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="178" />
        <source>Done late</source>
        <translation>Fait en retard</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="178" />
        <source>Needs a written complaint</source>
        <translation>Réclamation écrite requise</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="178" />
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="184" />
        <source>Support must answer</source>
        <translation>Le support doit répondre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="185" />
        <source>You must act</source>
        <translation>À vous d'agir</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="191" />
        <source>due now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="192" />
        <source>in {n} min</source>
        <translation>dans {n} min</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="193" />
        <source>in {n} h</source>
        <translation>dans {n} h</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="194" />
        <source>in {n} d</source>
        <translation>dans {n} j</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="195" />
        <source>overdue by {n} min</source>
        <translation>en retard de {n} min</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="196" />
        <source>overdue by {n} h</source>
        <translation>en retard de {n} h</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="197" />
        <source>overdue by {n} d</source>
        <translation>en retard de {n} j</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="208" />
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="209" />
        <source>account ID</source>
        <translation>identifiant de compte</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="210" />
        <source>bonus</source>
        <translation>bonus</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="211" />
        <source>bonus type</source>
        <translation>type de bonus</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="212" />
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="213" />
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="214" />
        <source>promo code</source>
        <translation>code promo</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="215" />
        <source>transaction ID</source>
        <translation>n° de transaction</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="216" />
        <source>game round ID</source>
        <translation>n° de partie</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="217" />
        <source>kind of problem</source>
        <translation>type de problème</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="218" />
        <source>error code</source>
        <translation>code d'erreur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="219" />
        <source>error message</source>
        <translation>message d'erreur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="220" />
        <source>every time?</source>
        <translation>à chaque fois ?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="221" />
        <source>connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="222" />
        <source>what I did</source>
        <translation>ce que j'ai fait</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="223" />
        <source>what I expected</source>
        <translation>ce que j'attendais</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="224" />
        <source>what happened</source>
        <translation>ce qui s'est passé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="225" />
        <source>reporting window</source>
        <translation>délai de signalement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="226" />
        <source>incident time</source>
        <translation>date de l'incident</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="227" />
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="228" />
        <source>answer due</source>
        <translation>réponse attendue</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="229" />
        <source>notes</source>
        <translation>notes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="55" />
        <source>Deadlines: %1</source>
        <translation>Échéances : %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="106" />
        <source>&amp;New claim…</source>
        <translation>&amp;Nouvelle réclamation…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="108" />
        <source>Start a new claim (Ctrl+N)</source>
        <translation>Commencer une nouvelle réclamation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="109" />
        <source>&amp;Open claim folder…</source>
        <translation>&amp;Ouvrir un dossier de réclamations…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="111" />
        <source>New claim &amp;folder…</source>
        <translation>Nouveau &amp;dossier de réclamations…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="113" />
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="117" />
        <source>&amp;About BonusDesk</source>
        <translation>À &amp;propos de BonusDesk</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="118" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="119" />
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="121" />
        <source>&amp;Add evidence files…</source>
        <translation>&amp;Ajouter des preuves…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="123" />
        <source>Add screenshots, PDFs or emails (Ctrl+I)</source>
        <translation>Ajouter des captures, des PDF ou des e-mails (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="124" />
        <source>&amp;Log a contact…</source>
        <translation>&amp;Noter un échange…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="126" />
        <source>&amp;Write my report…</source>
        <translation>&amp;Rédiger mon signalement…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="127" />
        <source>The message to send to support, written from your claim (Ctrl+R)</source>
        <translation>Le message à envoyer au support, rédigé à partir de votre réclamation (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="129" />
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="130" />
        <source>One PDF with the complaint and all the evidence (Ctrl+E)</source>
        <translation>Un PDF avec la réclamation et toutes les preuves (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="132" />
        <source>Close the clai&amp;m…</source>
        <translation>Clore la récla&amp;mation…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="144" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="149" />
        <source>&amp;Recent folders</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="157" />
        <source>&amp;Claim</source>
        <translation>&amp;Réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="170" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="173" />
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="185" />
        <source>Follow-up toolbar</source>
        <translation>Barre de suivi</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="189" />
        <source>Follow-up:</source>
        <translation>Suivi :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="200" />
        <source>(none yet)</source>
        <translation>(aucun pour l'instant)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="209" />
        <source>No claim folder is open.
Use File → Open claim folder.</source>
        <translation>Aucun dossier de réclamations n'est ouvert.
Utilisez Fichier → Ouvrir un dossier de réclamations.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="212" />
        <source>No claims yet.

Click “New claim” (Ctrl+N) to describe your problem.</source>
        <translation>Aucune réclamation pour l'instant.

Cliquez sur « Nouvelle réclamation » (Ctrl+N) pour décrire votre problème.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="214" />
        <source>Select a claim on the left.</source>
        <translation>Sélectionnez une réclamation à gauche.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="254" />
        <source>Open claim folder</source>
        <translation>Ouvrir un dossier de réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="260" />
        <source>Choose where to create the claim folder</source>
        <translation>Choisissez où créer le dossier de réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="353" />
        <source>Status changed to: %1</source>
        <translation>Nouveau statut : %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/window_commands.py" line="55" />
        <source>Close the claim</source>
        <translation>Clore la réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/window_commands.py" line="56" />
        <source>The claim leaves the list of open claims; nothing is deleted and you can reopen it by recording a new status.

Why do you close it? (optional)</source>
        <translation>La réclamation quitte la liste des réclamations en cours ; rien n'est supprimé et vous pourrez la rouvrir en enregistrant un nouveau statut.

Pourquoi la clore ? (facultatif)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/window_commands.py" line="84" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/window_commands.py" line="85" />
        <source>The new language applies the next time BonusDesk starts.</source>
        <translation>La nouvelle langue s'appliquera au prochain démarrage de BonusDesk.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/window_commands.py" line="92" />
        <source>About BonusDesk</source>
        <translation>À propos de BonusDesk</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/window_commands.py" line="93" />
        <source>&lt;h3&gt;BonusDesk %1&lt;/h3&gt;&lt;p&gt;Keeps the evidence of a problem with an online bonus: screenshots, deadlines, contacts with support and a PDF package.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. BonusDesk never connects to the internet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BonusDesk %1&lt;/h3&gt;&lt;p&gt;Conserve les preuves d'un problème de bonus en ligne : captures d'écran, échéances, échanges avec le support et dossier PDF.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur. BonusDesk ne se connecte jamais à Internet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NewClaimDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="34" />
        <source>New claim</source>
        <translation>Nouvelle réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="39" />
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="40" />
        <source>Name of the site or app</source>
        <translation>Nom du site ou de l'application</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="45" />
        <source>Kind of platform</source>
        <translation>Type de plateforme</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="51" />
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="52" />
        <source>Reporting window in hours</source>
        <translation>Délai de signalement en heures</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="53" />
        <source>New platform: choose its kind and how long you have to report a problem.</source>
        <translation>Nouvelle plateforme : choisissez son type et le délai dont vous disposez pour signaler un problème.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="58" />
        <source>e.g. Welcome bonus not credited</source>
        <translation>ex. Bonus de bienvenue non crédité</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="59" />
        <source>Claim title</source>
        <translation>Titre de la réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="61" />
        <source>What kind of problem</source>
        <translation>Type de problème</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="67" />
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="69" />
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="70" />
        <source>Reporting &amp;window:</source>
        <translation>&amp;Délai de signalement :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="71" />
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="72" />
        <source>&amp;Problem:</source>
        <translation>P&amp;roblème :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="73" />
        <source>When did it &amp;happen?</source>
        <translation>&amp;Quand est-ce arrivé ?</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="77" />
        <source>Create claim</source>
        <translation>Créer la réclamation</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="102" />
        <source>Platform missing</source>
        <translation>Plateforme manquante</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="103" />
        <source>Type the name of the site or app.</source>
        <translation>Saisissez le nom du site ou de l'application.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="106" />
        <source>Title missing</source>
        <translation>Titre manquant</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="107" />
        <source>Give the claim a short title.</source>
        <translation>Donnez un titre court à la réclamation.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="112" />
        <source>Unknown time zone</source>
        <translation>Fuseau horaire inconnu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="113" />
        <source>%1 is not a time zone. Pick one from the list, e.g. Europe/Paris.</source>
        <translation>%1 n'est pas un fuseau horaire. Choisissez-en un dans la liste, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="126" />
        <source>Cannot create the claim</source>
        <translation>Impossible de créer la réclamation</translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="38" />
        <source>Platform: %1</source>
        <translation>Plateforme : %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="41" />
        <source>Kind of platform</source>
        <translation>Type de plateforme</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="45" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="45" />
        <source>Support email</source>
        <translation>E-mail du support</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="46" />
        <source>Support phone</source>
        <translation>Téléphone du support</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="47" />
        <source>Contact form address</source>
        <translation>Adresse du formulaire de contact</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="53" />
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="55" />
        <source>Reporting window in hours</source>
        <translation>Délai de signalement en heures</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="58" />
        <source>Regulator</source>
        <translation>Régulateur</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="71" />
        <source>Leave empty when the platform counts deadlines in your own time zone</source>
        <translation>Laissez vide si la plateforme compte les délais dans votre propre fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="74" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="77" />
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="79" />
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="80" />
        <source>Reporting &amp;window:</source>
        <translation>&amp;Délai de signalement :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="81" />
        <source>&amp;Regulator:</source>
        <translation>&amp;Régulateur :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="82" />
        <source>Deadlines &amp;time zone:</source>
        <translation>&amp;Fuseau horaire des délais :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="83" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="84" />
        <source>The regulator decides which escalation clocks apply (for example the operator's 8 weeks in the United Kingdom).</source>
        <translation>Le régulateur détermine les délais de recours qui s'appliquent (par exemple les 8 semaines de l'opérateur au Royaume-Uni).</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="122" />
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>RegionOverlay</name>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="51" />
        <source>Choose the region to capture</source>
        <translation>Choisissez la zone à capturer</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="88" />
        <source>Drag to choose the region · Enter to capture · Esc to cancel</source>
        <translation>Faites glisser pour choisir la zone · Entrée pour capturer · Échap pour annuler</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../bonusdesk/ui/deadline_watch.py" line="107" />
        <source>%1: %2 — %3</source>
        <translation>%1 : %2 — %3</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadline_watch.py" line="112" />
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/deadline_watch.py" line="114" />
        <source>BonusDesk: %n deadline(s) need attention</source>
        <translation><numerusform>BonusDesk : %n échéance demande votre attention</numerusform><numerusform>BonusDesk : %n échéances demandent votre attention</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="46" />
        <source>Write my report</source>
        <translation>Rédiger mon signalement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="49" />
        <source>This message is written from your claim. Read it, change what you want, then copy it into the platform's contact form or an email to support.</source>
        <translation>Ce message est rédigé à partir de votre réclamation. Relisez-le, modifiez ce que vous voulez, puis copiez-le dans le formulaire de contact de la plateforme ou dans un e-mail au support.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="53" />
        <source>Language of the report</source>
        <translation>Langue du signalement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="59" />
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="61" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="62" />
        <source>Copy s&amp;ubject</source>
        <translation>Copier l'&amp;objet</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="64" />
        <source>&amp;Copy message</source>
        <translation>&amp;Copier le message</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="69" />
        <source>&amp;Write again from the details</source>
        <translation>&amp;Réécrire à partir des détails</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="73" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="77" />
        <source>&amp;Subject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="92" />
        <source>What support will ask for</source>
        <translation>Ce que le support va demander</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="97" />
        <source>&amp;Fill in the details…</source>
        <translation>&amp;Compléter les détails…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="102" />
        <source>&lt;b&gt;What support will ask for&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que le support va demander&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="143" />
        <source>At least one screenshot or document</source>
        <translation>Au moins une capture d'écran ou un document</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="150" />
        <source>Missing: %1</source>
        <translation>Manquant : %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="150" />
        <source>Given: %1</source>
        <translation>Fourni : %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="155" />
        <source>Everything support usually asks for is there.</source>
        <translation>Tout ce que le support demande habituellement est là.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report_dialog.py" line="156" />
        <source>%n item(s) missing: support will probably ask for them.</source>
        <translation><numerusform>%n élément manque : le support le demandera probablement.</numerusform><numerusform>%n éléments manquent : le support les demandera probablement.</numerusform></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="169" />
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="37" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="40" />
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="87" />
        <source>Claim folder</source>
        <translation>Dossier de réclamations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="41" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="47" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="53" />
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="55" />
        <source>Default reporting window in hours</source>
        <translation>Délai de signalement par défaut en heures</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="57" />
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="58" />
        <source>Printed on the PDF and under your report</source>
        <translation>Imprimé sur le PDF et sous votre signalement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="61" />
        <source>Capture shortcut</source>
        <translation>Raccourci de capture</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="62" />
        <source>Closing the window keeps BonusDesk in the tray (use Quit to exit)</source>
        <translation>Fermer la fenêtre laisse BonusDesk dans la zone de notification (Quitter pour sortir)</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="66" />
        <source>Claim &amp;folder:</source>
        <translation>&amp;Dossier de réclamations :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="69" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="70" />
        <source>Default reporting &amp;window:</source>
        <translation>Délai de &amp;signalement par défaut :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="71" />
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="72" />
        <source>Your time &amp;zone:</source>
        <translation>Votre &amp;fuseau horaire :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="73" />
        <source>Capture &amp;shortcut:</source>
        <translation>&amp;Raccourci de capture :</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="75" />
        <source>A new language applies the next time BonusDesk starts.</source>
        <translation>Une nouvelle langue s'applique au prochain démarrage de BonusDesk.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="95" />
        <source>Unknown time zone</source>
        <translation>Fuseau horaire inconnu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="96" />
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation>Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="80" />
        <source>Works only while BonusDesk is in front: %1</source>
        <translation>Ne fonctionne que lorsque BonusDesk est au premier plan : %1</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="83" />
        <source>Works from any application (system-wide).</source>
        <translation>Fonctionne depuis n'importe quelle application (raccourci global).</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="85" />
        <source>No capture shortcut.</source>
        <translation>Aucun raccourci de capture.</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="28" />
        <source>I &amp;reported it</source>
        <translation>Je l'ai &amp;signalé</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="29" />
        <source>Support &amp;answered</source>
        <translation>Le support a &amp;répondu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="30" />
        <source>They asked for &amp;information</source>
        <translation>Ils demandent des &amp;informations</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="31" />
        <source>Res&amp;olved</source>
        <translation>Rés&amp;olu</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="32" />
        <source>&amp;Escalate</source>
        <translation>&amp;Escalader</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="37" />
        <source>Log how and when you sent your report to support. Keep the ticket number: support will ask for it.</source>
        <translation>Notez comment et quand vous avez envoyé votre signalement au support. Gardez le numéro de ticket : le support vous le demandera.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="40" />
        <source>Log what support answered, with the date and the agent's name if they gave one.</source>
        <translation>Notez la réponse du support, avec la date et le nom de l'agent s'il l'a donné.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="43" />
        <source>Support needs more from you. Note what they asked for and by when you must answer.</source>
        <translation>Le support a besoin de plus d'informations. Notez ce qu'ils demandent et la date limite pour répondre.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="46" />
        <source>The claim is settled. Note the outcome and what support wrote.</source>
        <translation>La réclamation est réglée. Notez l'issue et ce que le support a écrit.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="49" />
        <source>Support did not solve it: you take it further (complaint service, regulator, mediator). Note where you sent it.</source>
        <translation>Le support n'a pas résolu le problème : vous allez plus loin (service réclamations, régulateur, médiateur). Notez à qui vous l'avez envoyé.</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="73" />
        <source>They gave me a deadline to answer</source>
        <translation>Ils m'ont donné une date limite pour répondre</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="102" />
        <source>Cannot change the status</source>
        <translation>Impossible de changer le statut</translation>
    </message>
</context>
<context>
    <name>TimeWithZone</name>
    <message>
        <location filename="../../bonusdesk/ui/widgets.py" line="55" />
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="37" />
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="43" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="45" />
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="73" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="52" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="59" />
        <source>Contact</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="72" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="78" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="78" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="78" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../bonusdesk/ui/tray.py" line="21" />
        <source>&amp;Show BonusDesk</source>
        <translation>&amp;Afficher BonusDesk</translation>
    </message>
</context>
<context>
    <name>ZoneBox</name>
    <message>
        <location filename="../../bonusdesk/ui/widgets.py" line="37" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
</TS>