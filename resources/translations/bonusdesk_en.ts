<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="239"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="240"/>
        <source>Select or create a claim first: the screenshot is stored in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="249"/>
        <source>Capturing in %1 seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="282"/>
        <source>Saving the screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="308"/>
        <source>Capture cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="329"/>
        <source>Screenshot added (%1 × %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="337"/>
        <source>Capture failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="344"/>
        <source>Capture the &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="201"/>
        <source>Screenshot of the whole screen into this claim (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="198"/>
        <source>Screenshot of the whole screen into this claim (%1, from any application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="203"/>
        <source>Screenshot of the whole screen into this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="210"/>
        <source>The capture shortcut %1 works only while BonusDesk is in front: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="347"/>
        <source>Capture a &amp;region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="350"/>
        <source>Drag a rectangle on the screen (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="353"/>
        <source>Capture in &amp;5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="356"/>
        <source>Time to open a menu or a page before the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="362"/>
        <source>&amp;Capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="36"/>
        <source>Support will check these conditions first. Answer what you know; &quot;No&quot; answers are worth reading the terms again before you report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="46"/>
        <source>Another condition of the offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="47"/>
        <source>New checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="48"/>
        <source>&amp;Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="73"/>
        <source>Note (where you checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="74"/>
        <source>Note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="94"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/checklist_tab.py" line="105"/>
        <source>Cannot add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimView</name>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="40"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="59"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="60"/>
        <source>E&amp;ligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="61"/>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="62"/>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="63"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="64"/>
        <source>Deadli&amp;nes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claim_view.py" line="113"/>
        <source>%1 · happened %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../bonusdesk/ui/claims_panel.py" line="39"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_panel.py" line="59"/>
        <source>Search claims, contacts, evidence… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_panel.py" line="60"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_panel.py" line="66"/>
        <source>Show claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_panel.py" line="67"/>
        <source>Open claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_panel.py" line="68"/>
        <source>All claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_panel.py" line="69"/>
        <source>Finished claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <location filename="../../bonusdesk/ui/claims_model.py" line="108"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_model.py" line="108"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_model.py" line="108"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims_model.py" line="109"/>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="47"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="50"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="52"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="57"/>
        <source>Who wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="63"/>
        <source>Ticket or reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="64"/>
        <source>e.g. ticket #48213</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="66"/>
        <source>Agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="68"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="70"/>
        <source>What you sent or what they answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="72"/>
        <source>What they promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="73"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="74"/>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="75"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="76"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="77"/>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="78"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="79"/>
        <source>&amp;Promised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="87"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="101"/>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contact_dialog.py" line="102"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="43"/>
        <source>Contacts with support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="44"/>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="46"/>
        <source>Import an &amp;email (.eml)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="60"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="60"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="60"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="60"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="61"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="80"/>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="81"/>
        <source>Note every exchange with support, even a phone call that led nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="89"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="96"/>
        <source>Import emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="96"/>
        <source>Emails (*.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="105"/>
        <source>Cannot import the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/contacts_tab.py" line="108"/>
        <source>%1 was added as evidence but is not an email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="41"/>
        <source>Deadlines are worked out from the incident time, the platform&apos;s reporting window, the status history and your contacts. Recording a status or a contact updates them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="51"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="53"/>
        <source>Add to my &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="73"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="73"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="73"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="73"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="73"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="96"/>
        <source>No deadline for this claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="106"/>
        <source>Save the deadlines as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="107"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadlines_tab.py" line="113"/>
        <source>Cannot save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="48"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="48"/>
        <source>Account / player ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="49"/>
        <source>Bonus or offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="49"/>
        <source>Bonus type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="50"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="50"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="51"/>
        <source>Promo code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="51"/>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="52"/>
        <source>Game round ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="52"/>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="53"/>
        <source>1. What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="53"/>
        <source>2. What I expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="54"/>
        <source>3. What happened instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="55"/>
        <source>Error message (exact words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="55"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="69"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="72"/>
        <source>e.g. I deposited 100 € with the code WELCOME100 on the 20th at 21:15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="74"/>
        <source>e.g. A 100 € bonus on my account, as the offer page says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="76"/>
        <source>e.g. The deposit went through but no bonus; the page shows error BNS-402</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="80"/>
        <source>Kind of problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="83"/>
        <source>Does it happen every time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="84"/>
        <source>Only sometimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="84"/>
        <source>Every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="85"/>
        <source>Was your connection stable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="86"/>
        <source>Yes, stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="86"/>
        <source>No, unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="88"/>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="91"/>
        <source>Platform default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="92"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="93"/>
        <source>Reporting window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="99"/>
        <source>Platform &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="100"/>
        <source>Support contacts, reporting window and regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="103"/>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="104"/>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="105"/>
        <source>When it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="106"/>
        <source>Reporting window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="115"/>
        <source>The claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="121"/>
        <source>What happened, in three parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="127"/>
        <source>Every time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="128"/>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="130"/>
        <source>Error and circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="133"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="134"/>
        <source>Save the details (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="156"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="176"/>
        <source>Platform default (%1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/details_tab.py" line="228"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="99"/>
        <source>Evidence gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="103"/>
        <source>Drop screenshots, photos, PDFs or emails (.eml) here, or a whole folder. Ctrl+V pastes a copied image. Double-click to view; F2 edits the caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="106"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="108"/>
        <source>&amp;Paste image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="110"/>
        <source>Edit &amp;caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="132"/>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="145"/>
        <source>Importing evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="145"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="154"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="177"/>
        <source>%1 file(s) added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="179"/>
        <source>, %1 already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="181"/>
        <source>, %1 email(s) logged as contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="186"/>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="187"/>
        <source>These files were refused; nothing of them was kept:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="197"/>
        <source>Pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="201"/>
        <source>The clipboard holds no image or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="215"/>
        <source>Cannot add the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="218"/>
        <source>Image added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="236"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="237"/>
        <source>What does this show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_tab.py" line="245"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="86"/>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="91"/>
        <source>Evidence picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="93"/>
        <source>No preview for this kind of file.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="95"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="96"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="97"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="98"/>
        <source>&amp;100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="126"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="127"/>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="128"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="128"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="129"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="131"/>
        <source>Dimensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="133"/>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="135"/>
        <source>Taken (EXIF):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="137"/>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="138"/>
        <source>Integrity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="139"/>
        <source>Intact: the file matches its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="140"/>
        <source>MISSING: the file is not in the folder any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="141"/>
        <source>ALTERED: the file no longer matches its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="144"/>
        <source>Kind of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="148"/>
        <source>Kind of &amp;evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="150"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="151"/>
        <source>What this shows, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="153"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="155"/>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="156"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence_viewer.py" line="185"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="88"/>
        <source>Export the claim as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="91"/>
        <source>One PDF with your complaint, the checklist, the timeline, the contacts and every piece of evidence with its fingerprint: ready to send to support, a regulator or a mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="96"/>
        <source>Language of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="101"/>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="102"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="108"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="109"/>
        <source>Keep the PDF under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="114"/>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="115"/>
        <source>Size limit in megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="121"/>
        <source>Attach the original files inside the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="123"/>
        <source>Also make a ZIP with the original files and their checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="127"/>
        <source>Optional: protect the PDF with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="128"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="130"/>
        <source>Evidence to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="141"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="142"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="145"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="146"/>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="151"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="152"/>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="155"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="160"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="163"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="165"/>
        <source>Show the &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="181"/>
        <source>Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="182"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="201"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="201"/>
        <source>Choose a file name for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="204"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="205"/>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="212"/>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="246"/>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="251"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="218"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="224"/>
        <source>Exporting… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="229"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="242"/>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="254"/>
        <source>Saved %1 (%2 pages, %3 MB).
SHA-256: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="258"/>
        <source>ZIP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/export_dialog.py" line="262"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSession</name>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="27"/>
        <source>Folder in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="28"/>
        <source>The claim folder %1 is already open in another BonusDesk window or program.

Close it there, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="34"/>
        <source>Newer folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="35"/>
        <source>The claim folder %1 was saved by a newer version of BonusDesk.

Update BonusDesk to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="41"/>
        <source>Not a claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="42"/>
        <source>%1 is not a BonusDesk claim folder yet.

Create a new claim folder there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="49"/>
        <source>Cannot open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="50"/>
        <source>The claim folder %1 cannot be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="58"/>
        <source>&lt;h2&gt;Welcome to BonusDesk&lt;/h2&gt;&lt;p&gt;BonusDesk keeps everything about a problem with an online bonus in one place, on this computer only. It works in three steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Describe the problem.&lt;/b&gt; Create a claim: the platform, when it happened, what you did, what you expected and what happened instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gather evidence.&lt;/b&gt; Take screenshots, drop files and emails into the claim. Each file is kept unchanged with its date and fingerprint.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report in time and follow up.&lt;/b&gt; Write your report, send it to support before the deadline, log every answer and export a PDF package if you need to escalate.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Your claims are saved in: &lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_session.py" line="77"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <location filename="../../bonusdesk/ui/global_hotkey.py" line="84"/>
        <source>A system-wide shortcut is not available on macOS yet in this version: use the shortcut while BonusDesk is in front, or take the screenshot with Cmd+Shift+5 and import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/global_hotkey.py" line="90"/>
        <source>This display system offers no system-wide shortcut to applications: the shortcut works while BonusDesk is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/global_hotkey.py" line="96"/>
        <source>Wayland does not let applications use system-wide shortcuts: the shortcut works while BonusDesk is in front. For other windows, take the screenshot with your desktop&apos;s screenshot tool and import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_keys.py" line="87"/>
        <source>No shortcut is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_keys.py" line="91"/>
        <location filename="../../bonusdesk/ui/hotkey_keys.py" line="99"/>
        <source>“%1” is not a key combination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_keys.py" line="93"/>
        <source>A global shortcut must be a single key combination, not a sequence like “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_keys.py" line="113"/>
        <source>The key of “%1” cannot be used as a global shortcut; use a letter, a digit or a function key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_windows.py" line="62"/>
        <location filename="../../bonusdesk/ui/hotkey_x11.py" line="132"/>
        <source>“%1” is already used by another application: choose another shortcut. It works only while BonusDesk is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_windows.py" line="67"/>
        <source>Windows refused the system-wide shortcut “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_x11.py" line="113"/>
        <source>The X11 library (libX11) is missing: the shortcut works only while BonusDesk is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_x11.py" line="119"/>
        <source>Cannot connect to the X server for a system-wide shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/hotkey_x11.py" line="125"/>
        <source>The key of “%1” is not on this keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="25"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="26"/>
        <source>Ready to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="27"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="28"/>
        <source>Support answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="29"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="30"/>
        <source>Information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="31"/>
        <source>Resolved (accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="32"/>
        <source>Resolved (rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="33"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="34"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="55"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="56"/>
        <source>Bonus not credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="57"/>
        <source>Payment blocked or delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="59"/>
        <source>Dispute over the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="60"/>
        <location filename="../../bonusdesk/ui/labels.py" line="70"/>
        <location filename="../../bonusdesk/ui/labels.py" line="91"/>
        <location filename="../../bonusdesk/ui/labels.py" line="102"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="66"/>
        <source>Casino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="67"/>
        <source>Sportsbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="68"/>
        <source>Cashback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="69"/>
        <source>Loyalty programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="76"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="77"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="78"/>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="79"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="85"/>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="86"/>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="87"/>
        <location filename="../../bonusdesk/ui/labels.py" line="99"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="88"/>
        <source>Bank proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="89"/>
        <source>Chat transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="90"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="97"/>
        <source>Contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="98"/>
        <source>Live chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="100"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="101"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="108"/>
        <source>I contacted them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="109"/>
        <source>They contacted me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="116"/>
        <source>Account verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="117"/>
        <source>Identity documents accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="118"/>
        <source>Minimum deposit made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="119"/>
        <source>Bonus opted in or promo code entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="120"/>
        <source>Within the promotion period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="121"/>
        <source>Wagering requirements known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="122"/>
        <source>Terms read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="130"/>
        <source>Claim created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="131"/>
        <source>Claim details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="132"/>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="133"/>
        <source>Evidence imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="134"/>
        <source>Screenshot captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="135"/>
        <source>Evidence caption changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="136"/>
        <source>Contact logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="137"/>
        <source>Contact changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="138"/>
        <source>Checklist item added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="139"/>
        <source>Checklist answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="149"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="150"/>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="151"/>
        <source>Send the information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="152"/>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="153"/>
        <source>Escalation clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="162"/>
        <source>Report the problem to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="164"/>
        <source>Follow up: no answer after 3 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="167"/>
        <source>Send the information support asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="169"/>
        <source>Promised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="174"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="175"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="176"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="177"/>
        <source>Done in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="178" />
        <source>Postal letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="178" />
        <source>Late: report anyway, say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="178" />
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="178" />
        <source>Needs a written complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="178"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="184"/>
        <source>Support must answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="185"/>
        <source>You must act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="191"/>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="192"/>
        <source>in {n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="193"/>
        <source>in {n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="194"/>
        <source>in {n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="195"/>
        <source>overdue by {n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="196"/>
        <source>overdue by {n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="197"/>
        <source>overdue by {n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="208"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="209"/>
        <source>account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="210"/>
        <source>bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="211"/>
        <source>bonus type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="212"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="213"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="214"/>
        <source>promo code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="215"/>
        <source>transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="216"/>
        <source>game round ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="217"/>
        <source>kind of problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="218"/>
        <source>error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="219"/>
        <source>error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="220"/>
        <source>every time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="221"/>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="222"/>
        <source>what I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="223"/>
        <source>what I expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="224"/>
        <source>what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="225"/>
        <source>reporting window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="226"/>
        <source>incident time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="227"/>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="228"/>
        <source>answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/labels.py" line="229"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="55"/>
        <source>Deadlines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="106"/>
        <source>&amp;New claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="108"/>
        <source>Start a new claim (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="109"/>
        <source>&amp;Open claim folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="111"/>
        <source>New claim &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="113"/>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="117"/>
        <source>&amp;About BonusDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="118"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="119"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="121"/>
        <source>&amp;Add evidence files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="123"/>
        <source>Add screenshots, PDFs or emails (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="124"/>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="126"/>
        <source>&amp;Write my report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="127"/>
        <source>The message to send to support, written from your claim (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="129"/>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="130"/>
        <source>One PDF with the complaint and all the evidence (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="132"/>
        <source>Close the clai&amp;m…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="144"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="149"/>
        <source>&amp;Recent folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="157"/>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="170"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="173"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="185"/>
        <source>Follow-up toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="189"/>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="200"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="209"/>
        <source>No claim folder is open.
Use File → Open claim folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="212"/>
        <source>No claims yet.

Click “New claim” (Ctrl+N) to describe your problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="214"/>
        <source>Select a claim on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="254"/>
        <source>Open claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="260"/>
        <source>Choose where to create the claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="353"/>
        <source>Status changed to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/window_commands.py" line="54"/>
        <source>Close the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/window_commands.py" line="55"/>
        <source>The claim leaves the list of open claims; nothing is deleted and you can reopen it by recording a new status.

Why do you close it? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/window_commands.py" line="87"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/window_commands.py" line="88"/>
        <source>The new language applies the next time BonusDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/window_commands.py" line="95"/>
        <source>About BonusDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/window_commands.py" line="96"/>
        <source>&lt;h3&gt;BonusDesk %1&lt;/h3&gt;&lt;p&gt;Keeps the evidence of a problem with an online bonus: screenshots, deadlines, contacts with support and a PDF package.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. BonusDesk never connects to the internet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewClaimDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="34"/>
        <source>New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="39"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="40"/>
        <source>Name of the site or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="45"/>
        <source>Kind of platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="51"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="52"/>
        <source>Reporting window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="53"/>
        <source>New platform: choose its kind and how long you have to report a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="58"/>
        <source>e.g. Welcome bonus not credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="59"/>
        <source>Claim title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="61"/>
        <source>What kind of problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="67"/>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="69"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="70"/>
        <source>Reporting &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="71"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="72"/>
        <source>&amp;Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="73"/>
        <source>When did it &amp;happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="77"/>
        <source>Create claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="102"/>
        <source>Platform missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="103"/>
        <source>Type the name of the site or app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="106"/>
        <source>Title missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="107"/>
        <source>Give the claim a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="112"/>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="113"/>
        <source>%1 is not a time zone. Pick one from the list, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/new_claim_dialog.py" line="126"/>
        <source>Cannot create the claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="38"/>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="41"/>
        <source>Kind of platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="45"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="45"/>
        <source>Support email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="46"/>
        <source>Support phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="47"/>
        <source>Contact form address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="53"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="55"/>
        <source>Reporting window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="58"/>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="71"/>
        <source>Leave empty when the platform counts deadlines in your own time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="74"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="77"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="79"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="80"/>
        <source>Reporting &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="81"/>
        <source>&amp;Regulator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="82"/>
        <source>Deadlines &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="83"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="84"/>
        <source>The regulator decides which escalation clocks apply (for example the operator&apos;s 8 weeks in the United Kingdom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/platform_dialog.py" line="122"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionOverlay</name>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="65"/>
        <source>Choose the region to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture_ui.py" line="102"/>
        <source>Drag to choose the region · Enter to capture · Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../bonusdesk/ui/deadline_watch.py" line="107"/>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/deadline_watch.py" line="112"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/deadline_watch.py" line="114"/>
        <source>BonusDesk: %n deadline(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="46"/>
        <source>Write my report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="49"/>
        <source>This message is written from your claim. Read it, change what you want, then copy it into the platform&apos;s contact form or an email to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="53"/>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="59"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="61"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="62"/>
        <source>Copy s&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="64"/>
        <source>&amp;Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="69"/>
        <source>&amp;Write again from the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="73"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="77"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="92"/>
        <source>What support will ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="97"/>
        <source>&amp;Fill in the details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="102"/>
        <source>&lt;b&gt;What support will ask for&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="143"/>
        <source>At least one screenshot or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="150"/>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="150"/>
        <source>Given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="155"/>
        <source>Everything support usually asks for is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report_dialog.py" line="156"/>
        <source>%n item(s) missing: support will probably ask for them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report_dialog.py" line="169"/>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="43"/>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="103"/>
        <source>Claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="44"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="50"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="56"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="58"/>
        <source>Default reporting window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="60"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="61"/>
        <source>Printed on the PDF and under your report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="64"/>
        <source>Capture shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="65"/>
        <source>Closing the window keeps BonusDesk in the tray (use Quit to exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="69"/>
        <source>Claim &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="72"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="73"/>
        <source>Default reporting &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="74"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="75"/>
        <source>Your time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="76"/>
        <source>Capture &amp;shortcut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="80"/>
        <source>Works only while BonusDesk is in front: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="83"/>
        <source>Works from any application (system-wide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="85"/>
        <source>No capture shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="91"/>
        <source>A new language applies the next time BonusDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="111"/>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings_dialog.py" line="112"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="28"/>
        <source>I &amp;reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="29"/>
        <source>Support &amp;answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="30"/>
        <source>They asked for &amp;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="31"/>
        <source>Res&amp;olved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="32"/>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="37"/>
        <source>Log how and when you sent your report to support. Keep the ticket number: support will ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="40"/>
        <source>Log what support answered, with the date and the agent&apos;s name if they gave one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="43"/>
        <source>Support needs more from you. Note what they asked for and by when you must answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="46"/>
        <source>The claim is settled. Note the outcome and what support wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="49"/>
        <source>Support did not solve it: you take it further (complaint service, regulator, mediator). Note where you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="73"/>
        <source>They gave me a deadline to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/status_actions.py" line="102"/>
        <source>Cannot change the status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeWithZone</name>
    <message>
        <location filename="../../bonusdesk/ui/widgets.py" line="55"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="37"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="43"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="45"/>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="73"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="52"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="59"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="72"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="78"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="78"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/timeline_tab.py" line="78"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../bonusdesk/ui/tray.py" line="21"/>
        <source>&amp;Show BonusDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneBox</name>
    <message>
        <location filename="../../bonusdesk/ui/widgets.py" line="37"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
