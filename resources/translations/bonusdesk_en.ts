<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AfterCapture</name>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="67"/>
        <source>&amp;Undo the last screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="68"/>
        <source>Remove the screenshot just taken by mistake (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="70"/>
        <source>C&amp;opy the last screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="72"/>
        <source>Copy the last screenshot, to paste it into the casino&apos;s chat (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="101"/>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="106"/>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="114"/>
        <source>No stamped copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="123"/>
        <source>Screenshot added to the Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="125"/>
        <source>Screenshot added to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="127"/>
        <source>%1 × %2 pixels, taken at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="130"/>
        <source>With a stamped copy (date, time, zone, fingerprint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="136"/>
        <source>Check this screenshot: %1 % of it is pure black. On Wayland, windows of some applications come out black; if the casino&apos;s window is black, take the screenshot with your desktop&apos;s screenshot tool and import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="158"/>
        <source>Copied: paste it into the casino&apos;s chat with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="170"/>
        <source>The screenshot was kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/aftercare.py" line="181"/>
        <source>Screenshot removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="280"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="319"/>
        <source>Capture cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="327"/>
        <source>The claim folder was closed before the screenshot was saved: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="356"/>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="358"/>
        <source>Capture failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="141"/>
        <source>Capture the &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="144"/>
        <source>Capture a &amp;region or a window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="146"/>
        <source>Drag a rectangle, or click a window (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="147"/>
        <source>Capture the active &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="149"/>
        <source>The window in front once BonusDesk is out of the way (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="156"/>
        <source>Also add a s&amp;tamped copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="157"/>
        <source>A second image with a banner: date, time, time zone and fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="193"/>
        <source>Screenshot of the whole screen into the selected claim, else the Inbox (%1, from any application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="196"/>
        <source>Screenshot of the whole screen into the selected claim, else the Inbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="199"/>
        <source>Screenshot of the whole screen into the selected claim, else the Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="207"/>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="218"/>
        <source>The capture shortcut %1 works only while BonusDesk is in front: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="281"/>
        <source>Open a claim folder first: the screenshot is stored in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="333"/>
        <source>Window “%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="335"/>
        <source>Screenshot of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="342"/>
        <source>No active window was found: the whole screen was captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="151"/>
        <source>Capture in &amp;5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="153"/>
        <source>Time to open a menu or a page before the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureNotice</name>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="32"/>
        <source>Screenshot added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="48"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="49"/>
        <source>Copy the screenshot, to paste it into the casino&apos;s chat (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="50"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="51"/>
        <source>Remove this screenshot: it was taken by mistake (Ctrl+Z in BonusDesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="52"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="53"/>
        <source>Open BonusDesk on this screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="54"/>
        <location filename="../../bonusdesk/ui/capture/notice.py" line="56"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="36"/>
        <source>Support will check these conditions first. Answer what you know; &quot;No&quot; answers are worth reading the terms again before you report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="46"/>
        <source>Another condition of the offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="47"/>
        <source>New checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="48"/>
        <source>&amp;Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="78"/>
        <source>Note (where you checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="79"/>
        <source>Note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="107"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="116"/>
        <source>Cannot add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="26"/>
        <source>&amp;New claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="27"/>
        <source>Start a new claim (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="28"/>
        <source>Close the clai&amp;m…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="31"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="32"/>
        <source>Save what you typed in the claim&apos;s details (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="39"/>
        <source>Saved: the claim is up to date in the claim folder (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="62"/>
        <source>Close the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="64"/>
        <source>The claim leaves the list of open claims; nothing is deleted and you can reopen it by recording a new status.

Why do you close it? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="75"/>
        <source>Cannot close the claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimView</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="60"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="65"/>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="87"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="88"/>
        <source>E&amp;ligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="89"/>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="90"/>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="91"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="92"/>
        <source>Deadli&amp;nes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="155"/>
        <source>%1 · happened %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="182"/>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="184"/>
        <source>Describe what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="186"/>
        <source>How to take it further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="187"/>
        <source>Next step:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="148"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="169"/>
        <source>Search claims, contacts, evidence… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="170"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="176"/>
        <source>Show claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="177"/>
        <source>Open claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="178"/>
        <source>All claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="179"/>
        <source>Finished claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="239"/>
        <source>Inbox: nothing to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="241"/>
        <source>Screenshots taken with no claim selected wait here until you file them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="243"/>
        <source>Inbox: %n items to file</source>
        <translation>
            <numerusform>Inbox: %n item to file</numerusform>
            <numerusform>Inbox: %n items to file</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="244"/>
        <source>Newest: %1. Drag them onto a claim, or open the Inbox and use “Move to claim…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="148"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="148"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="148"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="149"/>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="81"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="84"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="86"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="97"/>
        <source>Ticket or reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="98"/>
        <source>e.g. ticket #48213</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="100"/>
        <source>Agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="102"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="104"/>
        <source>What you sent or what they answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="106"/>
        <source>What they promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="107"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="91"/>
        <source>Sent or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="72"/>
        <source>Which contact this was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="73"/>
        <source>A new contact (fill it in below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="77"/>
        <source>&amp;This was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="108"/>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="109"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="110"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="111"/>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="112"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="113"/>
        <source>&amp;Promised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="117"/>
        <source>Why you correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="118"/>
        <source>e.g. wrong time, typo in the ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="119"/>
        <source>Wh&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="128"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="134"/>
        <source>Return goes to the next field; Ctrl+Return saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="194"/>
        <source>They ask for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="214"/>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="215"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="234"/>
        <source>Check before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="235"/>
        <source>Please check:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="237"/>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="238"/>
        <source>&amp;Go back and fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="282"/>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="283"/>
        <source>Note every exchange with support, even a phone call that led nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="306"/>
        <source>Correct a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="307"/>
        <source>Change what is wrong. The original stays in the claim&apos;s History, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="319"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="325"/>
        <source>Contact corrected; History keeps the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="331"/>
        <source>Withdraw a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="334"/>
        <source>The contact leaves the list, the deadlines and the PDF; History still shows it, with your reason. A status recorded with it is withdrawn too.

Why do you withdraw it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="338"/>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="345"/>
        <source>Say why, in a few words: History shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="354"/>
        <source>Cannot withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="356"/>
        <source>Contact withdrawn; History still shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="228"/>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="295"/>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="323"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="54"/>
        <source>Contacts with support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="55"/>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="57"/>
        <source>Import an &amp;email (.eml, .msg)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="59"/>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="60"/>
        <source>Correct the selected contact (F2); History keeps the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="63"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="64"/>
        <source>Withdraw the selected contact, logged by mistake (Del); History keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="67"/>
        <source>&amp;Show withdrawn entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="91"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="91"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="91"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="91"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="92"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="100"/>
        <source>Withdrawn (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="102"/>
        <source>Withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="104"/>
        <source>%1 (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="152"/>
        <source>Import emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="152"/>
        <source>Emails (*.eml *.msg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="166"/>
        <source>Cannot import the email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../bonusdesk/ui/capture/countdown.py" line="28"/>
        <source>Screenshot countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/countdown.py" line="44"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/capture/countdown.py" line="75"/>
        <source>Screenshot in %n seconds</source>
        <translation>
            <numerusform>Screenshot in %n second</numerusform>
            <numerusform>Screenshot in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineWatch</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="80"/>
        <source>Deadlines: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="44"/>
        <source>Deadlines are worked out from the incident time, the platform&apos;s reporting window, the status history and your contacts. Recording a status or a contact updates them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="54"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="60"/>
        <source>Add to my &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="83"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="83"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="83"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="83"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="83"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="105"/>
        <source>No deadline for this claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="115"/>
        <source>Save the deadlines as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="116"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="122"/>
        <source>Cannot save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="51"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="51"/>
        <source>Account / player ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="52"/>
        <source>Bonus or offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="52"/>
        <source>Bonus type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="53"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="53"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="54"/>
        <source>Promo code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="54"/>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="55"/>
        <source>Game round ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="55"/>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="56"/>
        <source>1. What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="56"/>
        <source>2. What I expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="57"/>
        <source>3. What happened instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="58"/>
        <source>Error message (exact words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="58"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="72"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="75"/>
        <source>e.g. I deposited 100 € with the code WELCOME100 on the 20th at 21:15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="77"/>
        <source>e.g. A 100 € bonus on my account, as the offer page says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="79"/>
        <source>e.g. The deposit went through but no bonus; the page shows error BNS-402</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="83"/>
        <source>Kind of problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="88"/>
        <source>How often does the error happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="134"/>
        <source>How often?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="92"/>
        <source>Was your connection stable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="93"/>
        <source>Yes, stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="93"/>
        <source>No, unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="95"/>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="98"/>
        <source>Platform default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="99"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="100"/>
        <source>Reporting window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="106"/>
        <source>Platform &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="107"/>
        <source>Support contacts, reporting window and regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="110"/>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="111"/>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="112"/>
        <source>When it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="113"/>
        <source>Reporting window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="122"/>
        <source>The claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="128"/>
        <source>What happened, in three parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="135"/>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="137"/>
        <source>Error and circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="140"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="141"/>
        <source>Save the details (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="145"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="168"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="189"/>
        <source>Platform default (%1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="240"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="242"/>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="62"/>
        <source>Importing evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="94"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="101"/>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="108"/>
        <source>The files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="137"/>
        <source>%n files added</source>
        <translation>
            <numerusform>%n file added</numerusform>
            <numerusform>%n files added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="139"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="141"/>
        <source>in the Inbox: file them into a claim when you are ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="143"/>
        <source>%n e-mails logged as contacts</source>
        <translation>
            <numerusform>%n e-mail logged as a contact</numerusform>
            <numerusform>%n e-mails logged as contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="149"/>
        <source>%1 was added as evidence but is not an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="154"/>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="155"/>
        <source>These files were refused; nothing of them was kept:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="240"/>
        <source>The file is missing from the claim folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="246"/>
        <source>This picture cannot be shown here. Open it with the default application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="251"/>
        <source>PDF preview is not installed (the pyside6-pdf package). Open the PDF with the default application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="258"/>
        <source>This e-mail cannot be read here. Open it with the default application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="260"/>
        <source>No preview for this kind of file. Open it with the default application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="94"/>
        <source>Evidence gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="98"/>
        <source>Drop screenshots, photos, PDFs or emails (.eml, .msg) here, or a whole folder. Ctrl+V pastes a copied image. Double-click to view; F2 edits the caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="101"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="103"/>
        <source>&amp;Paste image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="105"/>
        <source>Edit &amp;caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="107"/>
        <source>&amp;Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="108"/>
        <source>File the selected items into another claim or back into the Inbox (or drag them onto a claim of the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="145"/>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="159"/>
        <source>Cannot add the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="170"/>
        <source>Pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="174"/>
        <source>The clipboard holds no image or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="186"/>
        <source>Cannot add the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="188"/>
        <source>Image added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="217"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="218"/>
        <source>What does this show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="226"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="43"/>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="50"/>
        <source>Open with the default &amp;application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="52"/>
        <source>Show in fol&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="73"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="74"/>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="76"/>
        <source>Filed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="76"/>
        <source>the Inbox (not filed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="78"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="78"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="79"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="81"/>
        <source>Dimensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="83"/>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="85"/>
        <source>Taken (EXIF):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="87"/>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="88"/>
        <source>Integrity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="89"/>
        <source>Intact: the file matches its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="90"/>
        <source>MISSING: the file is not in the folder any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="91"/>
        <source>ALTERED: the file no longer matches its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="94"/>
        <source>Kind of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="98"/>
        <source>Kind of &amp;evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="100"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="101"/>
        <source>What this shows, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="103"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="105"/>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="106"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="136"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="144"/>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="145"/>
        <source>No application on this computer opened it. The file is here:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="152"/>
        <source>Cannot show the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="153"/>
        <source>The file manager did not open. The file is here:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="162"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="69"/>
        <source>Export the claim as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="72"/>
        <source>One PDF with your complaint, the checklist, the timeline, the contacts and every piece of evidence with its fingerprint: ready to send to support, a regulator or a mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="77"/>
        <source>Language of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="82"/>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="83"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="89"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="90"/>
        <source>Keep the PDF under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="95"/>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="96"/>
        <source>Size limit in megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="102"/>
        <source>Attach the original files inside the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="104"/>
        <source>Also make a ZIP with the original files and their checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="108"/>
        <source>Optional: protect the PDF with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="109"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="111"/>
        <source>Evidence to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="122"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="123"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="126"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="127"/>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="132"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="133"/>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="136"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="141"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="144"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="146"/>
        <source>Show the &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="162"/>
        <source>Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="163"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="182"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="182"/>
        <source>Choose a file name for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="185"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="186"/>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="194"/>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="234"/>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="242"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="200"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="209"/>
        <source>Exporting… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="215"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="229"/>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="245"/>
        <source>Saved %1 (%n pages, %2 MB).
SHA-256: %3</source>
        <translation>
            <numerusform>Saved %1 (%n page, %2 MB).
SHA-256: %3</numerusform>
            <numerusform>Saved %1 (%n pages, %2 MB).
SHA-256: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="249"/>
        <source>ZIP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="253"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Filing</name>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="133"/>
        <source>the Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="135"/>
        <source>Cannot file the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="138"/>
        <source>%n items filed into “%1”</source>
        <translation>
            <numerusform>%n item filed into “%1”</numerusform>
            <numerusform>%n items filed into “%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="141"/>
        <source>Already in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="143"/>
        <source>%n e-mails logged as contacts in “%1”</source>
        <translation>
            <numerusform>%n e-mail logged as a contact in “%1”</numerusform>
            <numerusform>%n e-mails logged as contacts in “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="110"/>
        <source>&amp;Open claim folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="112"/>
        <source>New claim &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="122"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="142"/>
        <source>Windows closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="143"/>
        <source>BonusDesk now shows the claim folder %1.

These windows belonged to the folder that was closed; they were closed too and nothing more was written to it:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="150"/>
        <source>Open claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="156"/>
        <source>Choose where to create the claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="176"/>
        <source>Open another claim folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="177"/>
        <source>BonusDesk was started again for the claim folder %1.

Open it instead of %2? Windows open on %2 will be closed; the details you typed are saved first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSession</name>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="37"/>
        <source>Folder in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="38"/>
        <source>The claim folder %1 is already open in another BonusDesk window or program.

Close it there, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="44"/>
        <source>Newer folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="45"/>
        <source>The claim folder %1 was saved by a newer version of BonusDesk.

Update BonusDesk to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="51"/>
        <source>Not a claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="52"/>
        <source>%1 is not a BonusDesk claim folder yet.

Create a new claim folder there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="59"/>
        <source>Cannot open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="60"/>
        <source>The claim folder %1 cannot be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="68"/>
        <source>&lt;h2&gt;Welcome to BonusDesk&lt;/h2&gt;&lt;p&gt;BonusDesk keeps everything about a problem with an online bonus in one place, on this computer only. It works in three steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Describe the problem.&lt;/b&gt; Create a claim: the platform, when it happened, what you did, what you expected and what happened instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gather evidence.&lt;/b&gt; Take screenshots, drop files and emails into the claim. Each file is kept unchanged with its date and fingerprint.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report in time and follow up.&lt;/b&gt; Write your report, send it to support before the deadline, log every answer and export a PDF package if you need to escalate.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;No claim yet and the error is on screen? Capture it now (Ctrl+Shift+S): the screenshot waits in the Inbox until you file it into a claim.&lt;/p&gt;&lt;p&gt;Your claims are saved in: &lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="94"/>
        <source>&amp;What do I do now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="90"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/commands.py" line="26"/>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/commands.py" line="60"/>
        <source>Cannot change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/commands.py" line="62"/>
        <source>Status changed to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/base.py" line="125"/>
        <source>A system-wide shortcut is not available on macOS yet in this version: use the shortcut while BonusDesk is in front, or take the screenshot with Cmd+Shift+5 and import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/base.py" line="132"/>
        <source>This display system offers no system-wide shortcut to applications: the shortcut works while BonusDesk is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/base.py" line="139"/>
        <source>Wayland does not let applications use system-wide shortcuts: the shortcut works while BonusDesk is in front. For other windows, take the screenshot with your desktop&apos;s screenshot tool and import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/keys.py" line="87"/>
        <source>No shortcut is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/keys.py" line="91"/>
        <location filename="../../bonusdesk/ui/capture/hotkey/keys.py" line="99"/>
        <source>“%1” is not a key combination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/keys.py" line="93"/>
        <source>A global shortcut must be a single key combination, not a sequence like “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/keys.py" line="113"/>
        <source>The key of “%1” cannot be used as a global shortcut; use a letter, a digit or a function key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/windows.py" line="63"/>
        <location filename="../../bonusdesk/ui/capture/hotkey/x11.py" line="142"/>
        <source>“%1” is already used by another application: choose another shortcut. It works only while BonusDesk is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/windows.py" line="68"/>
        <source>Windows refused the system-wide shortcut “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/x11.py" line="125"/>
        <source>The X11 library (libX11) is missing: the shortcut works only while BonusDesk is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/x11.py" line="131"/>
        <source>Cannot connect to the X server for a system-wide shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/x11.py" line="136"/>
        <source>The key of “%1” is not on this keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/portal_shortcuts.py" line="86"/>
        <source>Cannot reach the desktop&apos;s session bus for a system-wide shortcut: the shortcut works while BonusDesk is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/portal_shortcuts.py" line="116"/>
        <source>Your desktop offers no system-wide shortcuts to applications (no GlobalShortcuts portal): the shortcut works while BonusDesk is in front. Bind a key to your desktop&apos;s screenshot tool instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/portal_shortcuts.py" line="130"/>
        <source>The desktop refused a system-wide shortcut: the shortcut works while BonusDesk is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/portal_shortcuts.py" line="137"/>
        <source>Capture the screen into BonusDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/portal_shortcuts.py" line="146"/>
        <source>The shortcut was not allowed in the desktop&apos;s dialog: it works while BonusDesk is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/hotkey/portal_shortcuts.py" line="214"/>
        <source>The connection to the desktop&apos;s session bus was lost: the shortcut works while BonusDesk is in front.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/guide.py" line="95"/>
        <source>&amp;What do I do now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/guide.py" line="96"/>
        <source>The journey in six steps, what evidence to gather, deadlines, escalation (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/guide.py" line="32"/>
        <location filename="../../bonusdesk/ui/guide.py" line="44"/>
        <location filename="../../bonusdesk/ui/guide.py" line="46"/>
        <source>What do I do now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/guide.py" line="35"/>
        <source>Sections of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/guide.py" line="38"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="85"/>
        <source>Evidence picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="86"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="87"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="88"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="89"/>
        <source>&amp;100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxButton</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="110"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="42"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="48"/>
        <source>Screenshots and files waiting to be filed into a claim. Drag them onto a claim on the left, or select them and use “Move to claim…”. Nothing is copied twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="54"/>
        <source>Evidence in the Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="58"/>
        <source>Nothing is waiting. A screenshot taken with no claim selected (Ctrl+Shift+S) lands here; so do files dropped here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="62"/>
        <source>&amp;Move to claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="63"/>
        <source>File the selected items into a claim (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="65"/>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="67"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="117"/>
        <source>Add files to the Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="130"/>
        <source>Cannot add the files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailPreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="182"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="183"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="184"/>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="185"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="186"/>
        <source>unknown (the e-mail has no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="187"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="190"/>
        <source>E-mail text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="194"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="206"/>
        <source>Attachments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="208"/>
        <source>(added as evidence when you file the e-mail into a claim)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="101"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="103"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="99"/>
        <source>&amp;Add evidence files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="100"/>
        <source>Add screenshots, PDFs or emails (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="106"/>
        <source>Go to the &amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="107"/>
        <source>Screenshots and files waiting to be filed into a claim (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="142"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="148"/>
        <source>&amp;Recent folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="155"/>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="156"/>
        <source>&amp;Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="171"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="183"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="193"/>
        <source>Follow-up toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="197"/>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="211"/>
        <source>No claim folder is open.
Use File → Open claim folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="214"/>
        <source>No claims yet.

Click “New claim” (Ctrl+N) to describe your problem.
Not sure where to start? Help › What do I do now? (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="220"/>
        <source>The error is on screen right now? Capture it first (%1): no claim is needed, the screenshot waits in the Inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="224"/>
        <source>Select a claim on the left.

Not sure what to do next? Help › What do I do now? (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="42"/>
        <source>Move to claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="45"/>
        <source>File %n items into the claim they belong to. Nothing is copied; the claim&apos;s History records it.</source>
        <translation>
            <numerusform>File %n item into the claim it belongs to. Nothing is copied; the claim&apos;s History records it.</numerusform>
            <numerusform>File %n items into the claim they belong to. Nothing is copied; the claim&apos;s History records it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="49"/>
        <source>Find a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="50"/>
        <source>Type to find a claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="54"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="60"/>
        <source>The Inbox (not filed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="70"/>
        <source>There is no claim yet: create one first (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="76"/>
        <source>&amp;File here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewClaimDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="39"/>
        <source>New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="44"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="45"/>
        <source>Name of the site or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="50"/>
        <source>Kind of platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="56"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="57"/>
        <source>Reporting window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="58"/>
        <source>New platform: choose its kind and how long you have to report a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="63"/>
        <source>e.g. Welcome bonus not credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="64"/>
        <source>Claim title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="66"/>
        <source>What kind of problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="72"/>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="74"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="75"/>
        <source>Reporting &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="76"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="77"/>
        <source>&amp;Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="78"/>
        <source>When did it &amp;happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="82"/>
        <source>Create claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="109"/>
        <source>Platform missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="110"/>
        <source>Type the name of the site or app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="113"/>
        <source>Title missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="114"/>
        <source>Give the claim a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="119"/>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="120"/>
        <source>%1 is not a time zone. Pick one from the list, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/new_claim_dialog.py" line="135"/>
        <source>Cannot create the claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="117"/>
        <source>PDF page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="121"/>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="122"/>
        <source>Ne&amp;xt page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="136"/>
        <source>This PDF cannot be shown here (it may be protected by a password). Open it with the default application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="157"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="41"/>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="44"/>
        <source>Kind of platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="48"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="48"/>
        <source>Support email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="49"/>
        <source>Support phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="50"/>
        <source>Contact form address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="56"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="58"/>
        <source>Reporting window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="61"/>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="76"/>
        <source>Leave empty when the platform counts deadlines in your own time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="79"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="82"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="84"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="85"/>
        <source>Reporting &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="86"/>
        <source>&amp;Regulator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="87"/>
        <source>Deadlines &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="88"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="89"/>
        <source>The regulator decides which escalation clocks apply (for example the operator&apos;s 8 weeks in the United Kingdom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="128"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/proposals.py" line="36"/>
        <source>Status changed to: %1 (a written report within the reporting window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/proposals.py" line="59"/>
        <source>Record the status?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/proposals.py" line="61"/>
        <source>&amp;Record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/proposals.py" line="63"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/proposals.py" line="78"/>
        <source>Cannot change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/proposals.py" line="81"/>
        <source>Status changed to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/qt_strings.py" line="16"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/qt_strings.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="94"/>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="99"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="101"/>
        <source>BonusDesk: %n deadlines need attention</source>
        <translation>
            <numerusform>BonusDesk: %n deadline needs attention</numerusform>
            <numerusform>BonusDesk: %n deadlines need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/report/commands.py" line="21"/>
        <source>&amp;Write my report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/commands.py" line="22"/>
        <source>The message to send to support, written from your claim (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/commands.py" line="24"/>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/commands.py" line="25"/>
        <source>One PDF with the complaint and all the evidence (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="50"/>
        <source>Write my report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="53"/>
        <source>This message is written from your claim. Read it, change what you want, then copy it into the platform&apos;s contact form or an email to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="57"/>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="63"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="65"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="66"/>
        <source>Copy s&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="68"/>
        <source>&amp;Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="73"/>
        <source>&amp;Write again from the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="77"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="81"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="96"/>
        <source>What support will ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="101"/>
        <source>&amp;Fill in the details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="106"/>
        <source>&lt;b&gt;What support will ask for&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="146"/>
        <source>At least one screenshot or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="153"/>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="153"/>
        <source>Given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="158"/>
        <source>Everything support usually asks for is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="159"/>
        <source>%n items missing: support will probably ask for them.</source>
        <translation>
            <numerusform>%n item missing: support will probably ask for it.</numerusform>
            <numerusform>%n items missing: support will probably ask for them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="172"/>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenOverlay</name>
    <message>
        <location filename="../../bonusdesk/ui/capture/overlay.py" line="45"/>
        <source>Choose the region or the window to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/overlay.py" line="85"/>
        <source>Click to capture this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/overlay.py" line="86"/>
        <source>Drag to choose a region · click a window to take it · Enter to capture · Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="32"/>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="36"/>
        <source>&amp;About BonusDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="54"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="55"/>
        <source>The new language applies the next time BonusDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="59"/>
        <source>About BonusDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="60"/>
        <source>&lt;h3&gt;BonusDesk %1&lt;/h3&gt;&lt;p&gt;Keeps the evidence of a problem with an online bonus: screenshots, deadlines, contacts with support and a PDF package.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. BonusDesk never connects to the internet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="41"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="44"/>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="117"/>
        <source>Claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="45"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="51"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="55"/>
        <source>Same as the computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="61"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="63"/>
        <source>Default reporting window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="65"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="66"/>
        <source>Printed on the PDF and under your report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="69"/>
        <source>Capture shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="71"/>
        <source>What the capture shortcut takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="72"/>
        <source>The whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="73"/>
        <source>The active window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="75"/>
        <source>Closing the window keeps BonusDesk in the tray (use Quit to exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="79"/>
        <source>Claim &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="82"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="83"/>
        <source>Default reporting &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="84"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="85"/>
        <source>Your time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="86"/>
        <source>Capture &amp;shortcut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="90"/>
        <source>Works only while BonusDesk is in front: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="93"/>
        <source>Works from any application (system-wide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="95"/>
        <source>No capture shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="100"/>
        <source>The shortcut &amp;takes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="105"/>
        <source>A new language applies the next time BonusDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="125"/>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="126"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="31"/>
        <source>I &amp;reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="32"/>
        <source>Support &amp;answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="33"/>
        <source>They asked for &amp;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="34"/>
        <source>&amp;Final answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="35"/>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="40"/>
        <source>Log how and when you sent your report to support. Keep the ticket number: support will ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="43"/>
        <source>Log what support answered, with the date and the agent&apos;s name if they gave one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="46"/>
        <source>Support needs more from you. Note what they asked for and by when you must answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="49"/>
        <source>The claim is settled. Note the outcome and what support wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="52"/>
        <source>Support did not solve it: you take it further (complaint service, regulator, mediator). Note where you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="79"/>
        <source>They gave me a deadline to answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeWithZone</name>
    <message>
        <location filename="../../bonusdesk/ui/widgets.py" line="60"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="55"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="65"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="67"/>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="93"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="75"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="83"/>
        <source>Withdrawn (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="85"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="92"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="101"/>
        <source>contact %1, because: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="104"/>
        <source>from the Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="105"/>
        <source>from claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="107"/>
        <source>back to the Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="108"/>
        <source>to claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="126"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="146"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="146"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="146"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../bonusdesk/ui/tray.py" line="30"/>
        <source>&amp;Show BonusDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneBox</name>
    <message>
        <location filename="../../bonusdesk/ui/widgets.py" line="42"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
