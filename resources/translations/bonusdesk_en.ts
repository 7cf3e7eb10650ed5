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
        <location filename="../../bonusdesk/ui/capture/controller.py" line="266"/>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="283"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="322"/>
        <source>Capture cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="330"/>
        <source>The claim folder was closed before the screenshot was saved: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="359"/>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="361"/>
        <source>Capture failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="142"/>
        <source>Capture the &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="197"/>
        <source>Screenshot of the whole screen into this claim (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="194"/>
        <source>Screenshot of the whole screen into this claim (%1, from any application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="145"/>
        <source>Capture a &amp;region or a window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="147"/>
        <source>Drag a rectangle, or click a window (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="148"/>
        <source>Capture the active &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="150"/>
        <source>The window in front once BonusDesk is out of the way (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="157"/>
        <source>Also add a s&amp;tamped copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="158"/>
        <source>A second image with a banner: date, time, time zone and fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="199"/>
        <source>Screenshot of the whole screen into this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="206"/>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="217"/>
        <source>The capture shortcut %1 works only while BonusDesk is in front: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="284"/>
        <source>Open a claim folder first: the screenshot is stored in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="336"/>
        <source>Window “%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="338"/>
        <source>Screenshot of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="345"/>
        <source>No active window was found: the whole screen was captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="152"/>
        <source>Capture in &amp;5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="154"/>
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
    <name>CheckFolderDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="68"/>
        <source>Check the claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="71"/>
        <source>BonusDesk checks the database, the event log, every table against the events, every evidence file against its SHA-256 and the anchors of past exports. Nothing is changed.
Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="80"/>
        <source>Check progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="82"/>
        <source>Problems and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="86"/>
        <source>&amp;Copy the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="89"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="103"/>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="123"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="116"/>
        <source>Checking the database and the event log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="117"/>
        <source>Comparing every table with the event log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="118"/>
        <source>Checking evidence file %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="121"/>
        <source>Checking the anchors of past exports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="137"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="143"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="150"/>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="155"/>
        <source>Checked: evidence files %1, events %2, table rows %3, export anchors %4, and the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="161"/>
        <source>OK: the claim folder is intact; nothing was changed behind BonusDesk&apos;s back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="164"/>
        <source>FAILED: %n problems found. Each one is listed below, as &apos;bonusdesk-cli verify&apos; names it.</source>
        <translation>
            <numerusform>FAILED: %n problem found. It is listed below, as &apos;bonusdesk-cli verify&apos; names it.</numerusform>
            <numerusform>FAILED: %n problems found. Each one is listed below, as &apos;bonusdesk-cli verify&apos; names it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="168"/>
        <source>Head of the event log (anchor): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="174"/>
        <source>Missing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="175"/>
        <source>Altered file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="176"/>
        <source>Stray file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="177"/>
        <source>Wrong path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="178"/>
        <source>Unexpected pending file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="179"/>
        <source>Event log broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="180"/>
        <source>Event log protection removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="181"/>
        <source>Database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="182"/>
        <source>Sync conflict copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="183"/>
        <source>Row changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="184"/>
        <source>Row without event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="185"/>
        <source>Row deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="186"/>
        <source>Export anchor lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="37"/>
        <source>Support will check these conditions first. Answer what you know; &quot;No&quot; answers are worth reading the terms again before you report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="47"/>
        <source>Another condition of the offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="48"/>
        <source>New checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="49"/>
        <source>&amp;Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="80"/>
        <source>Note (where you checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="81"/>
        <source>Note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="109"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/checklist_tab.py" line="118"/>
        <source>Cannot add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="24"/>
        <source>&amp;New claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="25"/>
        <source>Start a new claim (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="26"/>
        <source>Close the clai&amp;m…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="47"/>
        <source>Close the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="49"/>
        <source>The claim leaves the list of open claims; nothing is deleted and you can reopen it by recording a new status.

Why do you close it? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/commands.py" line="60"/>
        <source>Cannot close the claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimView</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="40"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="59"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="60"/>
        <source>E&amp;ligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="61"/>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="62"/>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="63"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="64"/>
        <source>Deadli&amp;nes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="120"/>
        <source>%1 · happened %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="45"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="65"/>
        <source>Search claims, contacts, evidence… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="66"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="72"/>
        <source>Show claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="73"/>
        <source>Open claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="74"/>
        <source>All claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="75"/>
        <source>Finished claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="109"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="109"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="109"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="110"/>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="50"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="53"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="55"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="66"/>
        <source>Ticket or reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="67"/>
        <source>e.g. ticket #48213</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="69"/>
        <source>Agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="71"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="73"/>
        <source>What you sent or what they answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="75"/>
        <source>What they promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="76"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="60"/>
        <source>Sent or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="77"/>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="78"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="79"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="80"/>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="81"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="82"/>
        <source>&amp;Promised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="90"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="104"/>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="105"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="131"/>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="132"/>
        <source>Note every exchange with support, even a phone call that led nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="144"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="48"/>
        <source>Contacts with support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="49"/>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="51"/>
        <source>Import an &amp;email (.eml)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="66"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="66"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="66"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="66"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="67"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="88"/>
        <source>Import emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="88"/>
        <source>Emails (*.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="102"/>
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
    <name>DamagedFolder</name>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/safety/damaged.py" line="18"/>
        <source>The claim folder %1 is damaged: its database (bonusdesk.db) is missing, empty or unreadable, but its evidence folder holds %n files.

BonusDesk did not re-create the database, so nothing more is lost. To recover, restore bonusdesk.db from a backup (or the backup copy of the whole folder). “bonusdesk-cli verify --folder %1” lists the evidence files that are there and checks each one against the SHA-256 in its name.</source>
        <translation>
            <numerusform>The claim folder %1 is damaged: its database (bonusdesk.db) is missing, empty or unreadable, but its evidence folder holds %n file.

BonusDesk did not re-create the database, so nothing more is lost. To recover, restore bonusdesk.db from a backup (or the backup copy of the whole folder). “bonusdesk-cli verify --folder %1” lists the evidence files that are there and checks each one against the SHA-256 in its name.</numerusform>
            <numerusform>The claim folder %1 is damaged: its database (bonusdesk.db) is missing, empty or unreadable, but its evidence folder holds %n files.

BonusDesk did not re-create the database, so nothing more is lost. To recover, restore bonusdesk.db from a backup (or the backup copy of the whole folder). “bonusdesk-cli verify --folder %1” lists the evidence files that are there and checks each one against the SHA-256 in its name.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/damaged.py" line="33"/>
        <source>Damaged claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/damaged.py" line="36"/>
        <source>Check the evidence files…</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="42"/>
        <source>Deadlines are worked out from the incident time, the platform&apos;s reporting window, the status history and your contacts. Recording a status or a contact updates them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="52"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="54"/>
        <source>Add to my &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="77"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="77"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="77"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="77"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="77"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="100"/>
        <source>No deadline for this claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="112"/>
        <source>Save the deadlines as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="114"/>
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
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="53"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="53"/>
        <source>Account / player ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="54"/>
        <source>Bonus or offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="54"/>
        <source>Bonus type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="55"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="55"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="56"/>
        <source>Promo code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="56"/>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="57"/>
        <source>Game round ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="57"/>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="58"/>
        <source>1. What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="58"/>
        <source>2. What I expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="59"/>
        <source>3. What happened instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="60"/>
        <source>Error message (exact words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="60"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="74"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="77"/>
        <source>e.g. I deposited 100 € with the code WELCOME100 on the 20th at 21:15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="79"/>
        <source>e.g. A 100 € bonus on my account, as the offer page says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="81"/>
        <source>e.g. The deposit went through but no bonus; the page shows error BNS-402</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="85"/>
        <source>Kind of problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="90"/>
        <source>How often does the error happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="136"/>
        <source>How often?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="94"/>
        <source>Was your connection stable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="95"/>
        <source>Yes, stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="95"/>
        <source>No, unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="97"/>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="100"/>
        <source>Platform default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="101"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="102"/>
        <source>Reporting window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="108"/>
        <source>Platform &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="109"/>
        <source>Support contacts, reporting window and regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="112"/>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="113"/>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="114"/>
        <source>When it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="115"/>
        <source>Reporting window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="124"/>
        <source>The claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="130"/>
        <source>What happened, in three parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="137"/>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="139"/>
        <source>Error and circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="142"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="143"/>
        <source>Save the details (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="170"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="191"/>
        <source>Platform default (%1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="243"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="59"/>
        <source>Importing evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="59"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="91"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="98"/>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="105"/>
        <source>The files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="128"/>
        <source>%n files added</source>
        <translation>
            <numerusform>%n file added</numerusform>
            <numerusform>%n files added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="130"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="132"/>
        <source>%n e-mails logged as contacts</source>
        <translation>
            <numerusform>%n e-mail logged as a contact</numerusform>
            <numerusform>%n e-mails logged as contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="138"/>
        <source>%1 was added as evidence but is not an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="143"/>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="144"/>
        <source>These files were refused; nothing of them was kept:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="92"/>
        <source>Evidence gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="96"/>
        <source>Drop screenshots, photos, PDFs or emails (.eml) here, or a whole folder. Ctrl+V pastes a copied image. Double-click to view; F2 edits the caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="99"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="101"/>
        <source>&amp;Paste image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="103"/>
        <source>Edit &amp;caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="140"/>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="154"/>
        <source>Cannot add the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="165"/>
        <source>Pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="169"/>
        <source>The clipboard holds no image or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="181"/>
        <source>Cannot add the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="183"/>
        <source>Image added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="199"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="200"/>
        <source>What does this show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="208"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="89"/>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="94"/>
        <source>Evidence picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="96"/>
        <source>No preview for this kind of file.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="98"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="99"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="100"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="101"/>
        <source>&amp;100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="129"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="130"/>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="131"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="131"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="132"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="134"/>
        <source>Dimensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="136"/>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="138"/>
        <source>Taken (EXIF):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="140"/>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="141"/>
        <source>Integrity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="142"/>
        <source>Intact: the file matches its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="143"/>
        <source>MISSING: the file is not in the folder any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="144"/>
        <source>ALTERED: the file no longer matches its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="147"/>
        <source>Kind of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="151"/>
        <source>Kind of &amp;evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="153"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="154"/>
        <source>What this shows, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="156"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="158"/>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="159"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="192"/>
        <source>Cannot save</source>
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
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="183"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="183"/>
        <source>Choose a file name for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="188"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="189"/>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="200"/>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="257"/>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="266"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="206"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="217"/>
        <source>the ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="219"/>
        <source>the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="232"/>
        <source>Exporting… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="238"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="252"/>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="269"/>
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
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="273"/>
        <source>ZIP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="277"/>
        <source>Not recorded in the claim&apos;s history: the claim folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="280"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="126"/>
        <source>&amp;Open claim folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="128"/>
        <source>New claim &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="138"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="158"/>
        <source>Windows closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="159"/>
        <source>BonusDesk now shows the claim folder %1.

These windows belonged to the folder that was closed; they were closed too and nothing more was written to it:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="166"/>
        <source>Open claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="172"/>
        <source>Choose where to create the claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="192"/>
        <source>Open another claim folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="193"/>
        <source>BonusDesk was started again for the claim folder %1.

Open it instead of %2? Windows open on %2 will be closed; the details you typed are saved first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSession</name>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="55"/>
        <source>Folder in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="56"/>
        <source>The claim folder %1 is already open in another BonusDesk window or program.

Close it there, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="62"/>
        <source>Newer folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="63"/>
        <source>The claim folder %1 was saved by a newer version of BonusDesk.

Update BonusDesk to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="69"/>
        <source>Not a claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="70"/>
        <source>%1 is not a BonusDesk claim folder yet.

Create a new claim folder there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="46"/>
        <location filename="../../bonusdesk/ui/folders.py" line="77"/>
        <location filename="../../bonusdesk/ui/folders.py" line="84"/>
        <source>Cannot open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="78"/>
        <source>The claim folder %1 cannot be created there (%2). Nothing was changed: choose a place you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="85"/>
        <source>The claim folder %1 cannot be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="94"/>
        <source>&lt;h2&gt;Welcome to BonusDesk&lt;/h2&gt;&lt;p&gt;BonusDesk keeps everything about a problem with an online bonus in one place, on this computer only. It works in three steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Describe the problem.&lt;/b&gt; Create a claim: the platform, when it happened, what you did, what you expected and what happened instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gather evidence.&lt;/b&gt; Take screenshots, drop files and emails into the claim. Each file is kept unchanged with its date and fingerprint.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report in time and follow up.&lt;/b&gt; Write your report, send it to support before the deadline, log every answer and export a PDF package if you need to escalate.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Your claims are saved in: &lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="113"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/commands.py" line="25"/>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/commands.py" line="54"/>
        <source>Cannot change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/commands.py" line="56"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="113"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="115"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="111"/>
        <source>&amp;Add evidence files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="112"/>
        <source>Add screenshots, PDFs or emails (Ctrl+I)</source>
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
        <location filename="../../bonusdesk/ui/main_window.py" line="158"/>
        <source>&amp;Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="172"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="182"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="192"/>
        <source>Follow-up toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="196"/>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="220"/>
        <source>No claim folder is open.
Use File → Open claim folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="223"/>
        <source>No claims yet.

Click “New claim” (Ctrl+N) to describe your problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="225"/>
        <source>Select a claim on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="233"/>
        <source>(read-only)</source>
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
    <name>PlatformDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="42"/>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="45"/>
        <source>Kind of platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="49"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="49"/>
        <source>Support email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="50"/>
        <source>Support phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="51"/>
        <source>Contact form address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="57"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="59"/>
        <source>Reporting window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="62"/>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="77"/>
        <source>Leave empty when the platform counts deadlines in your own time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="80"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="83"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="85"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="86"/>
        <source>Reporting &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="87"/>
        <source>&amp;Regulator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="88"/>
        <source>Deadlines &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="89"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="90"/>
        <source>The regulator decides which escalation clocks apply (for example the operator&apos;s 8 weeks in the United Kingdom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="134"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="24"/>
        <source>it is on a read-only disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="26"/>
        <source>you do not have permission to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="27"/>
        <source>it was opened for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="28"/>
        <source>the database refused the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="36"/>
        <source>you do not have permission to change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="42"/>
        <source>Read only: this claim folder cannot be changed (%1). You can read, search, check it and export to another place; nothing can be added or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="53"/>
        <source>The claim folder %1 is read-only (%2): it can be read, searched, checked and exported to another place, but not changed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/readonly.py" line="74"/>
        <source>Read-only folder</source>
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
    <name>SafeSave</name>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="25"/>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="27"/>
        <source>it is a device, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="28"/>
        <source>it is a pipe (FIFO), not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="29"/>
        <source>it is a socket, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="30"/>
        <source>it is not an ordinary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="35"/>
        <source>it is inside the claim folder %1. BonusDesk never saves anything there, so that no evidence can be overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="39"/>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="41"/>
        <source>it is also where %1 would be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="43"/>
        <source>it is %1, which this export reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="44"/>
        <source>it cannot be checked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="55"/>
        <source>BonusDesk will not save to %1: %2.

Nothing was written. Choose another place, outside the claim folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="74"/>
        <source>Choose another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/outputs.py" line="103"/>
        <source>A claim folder cannot be created in %1: it is inside the claim folder %2, whose files it would mix with. Nothing was created: choose a place outside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/safety/commands.py" line="20"/>
        <source>&amp;Check the claim folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/commands.py" line="21"/>
        <source>Check that no evidence file, event or table row was changed behind BonusDesk&apos;s back</source>
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
        <location filename="../../bonusdesk/ui/settings/commands.py" line="30"/>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="34"/>
        <source>&amp;About BonusDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="51"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="52"/>
        <source>The new language applies the next time BonusDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="56"/>
        <source>About BonusDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="57"/>
        <source>&lt;h3&gt;BonusDesk %1&lt;/h3&gt;&lt;p&gt;Keeps the evidence of a problem with an online bonus: screenshots, deadlines, contacts with support and a PDF package.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. BonusDesk never connects to the internet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="43"/>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="109"/>
        <source>Claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="44"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="50"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="56"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="58"/>
        <source>Default reporting window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="60"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="61"/>
        <source>Printed on the PDF and under your report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="64"/>
        <source>Capture shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="66"/>
        <source>What the capture shortcut takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="67"/>
        <source>The whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="68"/>
        <source>The active window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="70"/>
        <source>Closing the window keeps BonusDesk in the tray (use Quit to exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="74"/>
        <source>Claim &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="77"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="78"/>
        <source>Default reporting &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="79"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="80"/>
        <source>Your time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="81"/>
        <source>Capture &amp;shortcut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="85"/>
        <source>Works only while BonusDesk is in front: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="88"/>
        <source>Works from any application (system-wide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="90"/>
        <source>No capture shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="95"/>
        <source>The shortcut &amp;takes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="97"/>
        <source>A new language applies the next time BonusDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="117"/>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="118"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="28"/>
        <source>I &amp;reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="29"/>
        <source>Support &amp;answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="30"/>
        <source>They asked for &amp;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="31"/>
        <source>&amp;Final answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="32"/>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="37"/>
        <source>Log how and when you sent your report to support. Keep the ticket number: support will ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="40"/>
        <source>Log what support answered, with the date and the agent&apos;s name if they gave one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="43"/>
        <source>Support needs more from you. Note what they asked for and by when you must answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="46"/>
        <source>The claim is settled. Note the outcome and what support wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="49"/>
        <source>Support did not solve it: you take it further (complaint service, regulator, mediator). Note where you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="73"/>
        <source>They gave me a deadline to answer</source>
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
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="44"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="52"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="54"/>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="82"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="68"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="81"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="87"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="87"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="87"/>
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
        <location filename="../../bonusdesk/ui/widgets.py" line="37"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
