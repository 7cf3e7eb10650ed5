<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="58"/>
        <source>About BonusDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="61"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="63"/>
        <source>The licence text is missing from this installation. It is the GNU General Public License, version 3: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="65"/>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="66"/>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="67"/>
        <source>&amp;Third-party software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="80"/>
        <source>&lt;h2&gt;BonusDesk %1&lt;/h2&gt;&lt;p&gt;Keeps the evidence of a problem with an online bonus: screenshots, deadlines, contacts with support and a PDF package.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. BonusDesk never connects to the internet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; GNU General Public License, version 3 or any later version (GPL-3.0-or-later). You may use, copy, share and change BonusDesk under its terms; it comes with no warranty. The full text is under &lt;i&gt;Licence&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;BonusDesk is built with free software written by others (Qt, PySide6, reportlab, pypdf, the DejaVu fonts and more), each under its own licence: see &lt;i&gt;Third-party software&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="94"/>
        <source>Log files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="97"/>
        <source>&amp;Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="99"/>
        <source>For a message to the BonusDesk team: version, system, screens and the last log lines; nothing from your claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="115"/>
        <source>The software inside BonusDesk, its version, its licence and the licence&apos;s text, as the installed packages declare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="119"/>
        <source>Find a name (Enter: next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="120"/>
        <source>Find in the notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="123"/>
        <source>Third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="123"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="134"/>
        <source>The notices could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="158"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/about_dialog.py" line="162"/>
        <source>Not copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AlertsBanner</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/alerts_banner.py" line="35"/>
        <source>Warnings about this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/alerts_banner.py" line="62"/>
        <source>Log a written complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/alerts_banner.py" line="63"/>
        <source>Pick the regulator…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="90"/>
        <source>Back up or move the claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="93"/>
        <source>BonusDesk copies the whole claim folder %1 (claims, evidence files and their history), then checks the copy file by file against the original before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="98"/>
        <source>&amp;Back up: make a checked copy and keep working here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="100"/>
        <source>&amp;Move: copy, check, then work from the new place (the old place keeps only a note saying where the folder went)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="108"/>
        <source>Destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="109"/>
        <source>A new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="110"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="113"/>
        <source>&amp;Copy to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="122"/>
        <source>Copy progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="130"/>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="251"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="158"/>
        <source>%1 backup %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="162"/>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="162"/>
        <source>Back &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="173"/>
        <source>Where should the claim folder go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="186"/>
        <source>This place is inside the claim folder itself. Choose a folder outside %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="189"/>
        <source>This folder holds the claim folder. Choose a new folder for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="192"/>
        <source>%1 already exists and is not empty. Choose a new folder name: nothing is ever copied over other files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="208"/>
        <source>Choose where the copy goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="218"/>
        <source>Move into a synced folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="219"/>
        <source>%1 is inside %2, which syncs its files to the internet and to your other devices. A claim folder is safer outside synced folders.

Move it there anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="231"/>
        <source>These windows were closed first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="237"/>
        <source>Moving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="237"/>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="257"/>
        <source>Checking the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="259"/>
        <source>Copying: %1 of %2 files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="265"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="273"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="278"/>
        <source>The copy is checked: it matches the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="279"/>
        <source>%n files copied</source>
        <translation>
            <numerusform>%n file copied</numerusform>
            <numerusform>%n files copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="280"/>
        <source>%n evidence files checked against their fingerprints</source>
        <translation>
            <numerusform>%n evidence file checked against its fingerprint</numerusform>
            <numerusform>%n evidence files checked against their fingerprints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="282"/>
        <source>%n history entries checked</source>
        <translation>
            <numerusform>%n history entry checked</numerusform>
            <numerusform>%n history entries checked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="286"/>
        <source>BonusDesk now uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="287"/>
        <source>Open %1 with File › Open claim folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="289"/>
        <source>The old place keeps only a note saying where the folder went: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="292"/>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="294"/>
        <source>The original already had these problems; the copy has them too, as they were:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="305"/>
        <source>The copy did not match the original, so it was removed.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="308"/>
        <source>The claim folder is open in another BonusDesk window or program. Close it there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="311"/>
        <source>The copy could not be written: %1. Nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="318"/>
        <source>Cancelled: nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="323"/>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="327"/>
        <source>Your claim folder was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="334"/>
        <source>The folder was moved and checked; some files of the old place could not be removed. BonusDesk now uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/backup_dialog.py" line="337"/>
        <source>Open your claim folder with File › Open claim folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="268"/>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="285"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="324"/>
        <source>Capture cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="332"/>
        <source>The claim folder was closed before the screenshot was saved: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="361"/>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="363"/>
        <source>Capture failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="142"/>
        <source>Capture the &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="208"/>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="219"/>
        <source>The capture shortcut %1 works only while BonusDesk is in front: %2</source>
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
        <location filename="../../bonusdesk/ui/capture/controller.py" line="286"/>
        <source>Open a claim folder first: the screenshot is stored in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="338"/>
        <source>Window “%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="340"/>
        <source>Screenshot of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="347"/>
        <source>No active window was found: the whole screen was captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="194"/>
        <source>Screenshot of the whole screen into the selected claim, else the Inbox (%1, from any application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="197"/>
        <source>Screenshot of the whole screen into the selected claim, else the Inbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/capture/controller.py" line="200"/>
        <source>Screenshot of the whole screen into the selected claim, else the Inbox</source>
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
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="80"/>
        <source>Check the claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="83"/>
        <source>BonusDesk checks the database, the event log, every table against the events, every evidence file against its SHA-256 and the anchors of past exports. Nothing is changed.
Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="92"/>
        <source>Check progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="94"/>
        <source>Problems and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="98"/>
        <source>&amp;Copy the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="101"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="115"/>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="135"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="128"/>
        <source>Checking the database and the event log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="129"/>
        <source>Comparing every table with the event log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="130"/>
        <source>Checking evidence file %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="133"/>
        <source>Checking the anchors of past exports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="150"/>
        <source>As &apos;bonusdesk-cli verify&apos; says it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="175"/>
        <source>FAILED: %n problems found, listed below. Point at one for the words of &apos;bonusdesk-cli verify&apos;; the copied report includes them.</source>
        <translation>
            <numerusform>FAILED: %n problem found, listed below. Point at it for the words of &apos;bonusdesk-cli verify&apos;; the copied report includes them.</numerusform>
            <numerusform>FAILED: %n problems found, listed below. Point at one for the words of &apos;bonusdesk-cli verify&apos;; the copied report includes them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="206"/>
        <source>Platform %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="206"/>
        <source>Claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="207"/>
        <source>Status change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="208"/>
        <source>Checklist item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="208"/>
        <source>Evidence item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="209"/>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="209"/>
        <source>Player details %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="210"/>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="210"/>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="211"/>
        <source>Referral %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="214"/>
        <source>Row %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="224"/>
        <source>%1: “%2” is not what BonusDesk recorded (event %3): it was changed outside BonusDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="228"/>
        <source>%1: no event recorded this row: it was added outside BonusDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="231"/>
        <source>%1: deleted by event %2, but in the table again: it was put back outside BonusDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="234"/>
        <source>%1: recorded by event %2, but gone from the table: it was deleted outside BonusDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="237"/>
        <source>Evidence item %1: its file %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="240"/>
        <source>Evidence item %1: its file %2 was changed (its SHA-256 no longer matches the one recorded when it was added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="244"/>
        <source>The file %1 was changed (its content no longer matches the SHA-256 in its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="247"/>
        <source>%1 is not recorded as evidence: it was put in the folder outside BonusDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="250"/>
        <source>Evidence item %1: %2 is a link, not the stored file; BonusDesk does not follow links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="252"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="257"/>
        <source>Note: %1 is intact (its content matches the SHA-256 in its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="259"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="161"/>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="166"/>
        <source>Checked: evidence files %1, events %2, table rows %3, export anchors %4, and the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="172"/>
        <source>OK: the claim folder is intact; nothing was changed behind BonusDesk&apos;s back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="180"/>
        <source>Head of the event log (anchor): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="186"/>
        <source>Missing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="187"/>
        <source>Altered file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="188"/>
        <source>Stray file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="189"/>
        <source>Wrong path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="190"/>
        <source>Unexpected pending file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="191"/>
        <source>Event log broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="192"/>
        <source>Event log protection removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="193"/>
        <source>Database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="194"/>
        <source>Sync conflict copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="195"/>
        <source>Row changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="196"/>
        <source>Row without event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="197"/>
        <source>Row deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/check_dialog.py" line="198"/>
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
</context>
<context>
    <name>ClaimView</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="91"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="92"/>
        <source>E&amp;ligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="93"/>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="94"/>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="96"/>
        <source>Deadli&amp;nes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="169"/>
        <source>%1 · happened %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="95"/>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="97"/>
        <source>Esc&amp;alation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="68"/>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="196"/>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="198"/>
        <source>Describe what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="200"/>
        <source>How to take it further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claim_view.py" line="201"/>
        <source>Next step:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="151"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="172"/>
        <source>Search claims, contacts, evidence… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="173"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="179"/>
        <source>Show claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="180"/>
        <source>Open claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="181"/>
        <source>All claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="182"/>
        <source>Finished claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="268"/>
        <source>Inbox: nothing to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="270"/>
        <source>Screenshots taken with no claim selected wait here until you file them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="272"/>
        <source>Inbox: %n items to file</source>
        <translation>
            <numerusform>Inbox: %n item to file</numerusform>
            <numerusform>Inbox: %n items to file</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="273"/>
        <source>Newest: %1. Drag them onto a claim, or open the Inbox and use “Move to claim…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="203"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="203"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="203"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="204"/>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_model.py" line="248"/>
        <source>Working out the deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="86"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="89"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="91"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="122"/>
        <source>Ticket or reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="123"/>
        <source>e.g. ticket #48213</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="125"/>
        <source>Agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="127"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="129"/>
        <source>What you sent or what they answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="131"/>
        <source>What they promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="132"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="96"/>
        <source>Sent or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="133"/>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="134"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="139"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="140"/>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="141"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="142"/>
        <source>&amp;Promised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="157"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="279"/>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="280"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="357"/>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="358"/>
        <source>Note every exchange with support, even a phone call that led nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="293"/>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="370"/>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="398"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="102"/>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="107"/>
        <source>In &amp;writing (form, e-mail, letter): mediators only accept a written complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="111"/>
        <source>A &amp;transcript or recording is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="113"/>
        <source>This is the operator&apos;s &amp;final response (deadlock letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="115"/>
        <source>Its last word on your complaint: from then on you may refer the dispute to a mediator or ADR body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="135"/>
        <source>W&amp;ith:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="77"/>
        <source>Which contact this was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="78"/>
        <source>A new contact (fill it in below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="82"/>
        <source>&amp;This was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="146"/>
        <source>Why you correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="147"/>
        <source>e.g. wrong time, typo in the ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="148"/>
        <source>Wh&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="163"/>
        <source>Return goes to the next field; Ctrl+Return saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="254"/>
        <source>They ask for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="299"/>
        <source>Check before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="300"/>
        <source>Please check:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="302"/>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="303"/>
        <source>&amp;Go back and fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="381"/>
        <source>Correct a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="382"/>
        <source>Change what is wrong. The original stays in the claim&apos;s History, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="394"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="400"/>
        <source>Contact corrected; History keeps the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="406"/>
        <source>Withdraw a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="409"/>
        <source>The contact leaves the list, the deadlines and the PDF; History still shows it, with your reason. A status recorded with it is withdrawn too.

Why do you withdraw it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="413"/>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="420"/>
        <source>Say why, in a few words: History shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="429"/>
        <source>Cannot withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_dialog.py" line="431"/>
        <source>Contact withdrawn; History still shows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactWords</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_words.py" line="20"/>
        <source>Date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_words.py" line="21"/>
        <source>The e-mail has no date. It is listed at the time it was imported, %1: it arrived no later than that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_words.py" line="30"/>
        <source>%1 (found: check it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contact_words.py" line="32"/>
        <source>BonusDesk found this reference in the e-mail&apos;s subject. It goes into your letter as a previous reference: confirm it, remove it or correct it (right-click, or the Reference button).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="65"/>
        <source>Contacts with support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="66"/>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="128"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="128"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="95"/>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="128"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="129"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="253"/>
        <source>Import emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="267"/>
        <source>Cannot import the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="86"/>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="196"/>
        <source>&amp;Mark as the final response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="88"/>
        <source>The operator&apos;s last word on your complaint (a final response or deadlock letter): ADR bodies take the case from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="138"/>
        <source>Final response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="147"/>
        <source>%1, in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="147"/>
        <source>%1, not in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="194"/>
        <source>Un&amp;mark the final response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="223"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="68"/>
        <source>Import an &amp;email (.eml, .msg)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="96"/>
        <source>Confirm, remove or correct the selected contact&apos;s ticket or case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="253"/>
        <source>E-mails (*.eml *.msg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="70"/>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="71"/>
        <source>Correct the selected contact (F2); History keeps the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="74"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="75"/>
        <source>Withdraw the selected contact, logged by mistake (Del); History keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="78"/>
        <source>&amp;Show withdrawn entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="94"/>
        <source>R&amp;eference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="128"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="141"/>
        <source>Withdrawn (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="143"/>
        <source>Withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="145"/>
        <source>%1 (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="208"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/contacts_tab.py" line="209"/>
        <source>Withdraw…</source>
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
        <location filename="../../bonusdesk/ui/safety/damaged.py" line="23"/>
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
        <location filename="../../bonusdesk/ui/safety/damaged.py" line="40"/>
        <source>Damaged claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/safety/damaged.py" line="43"/>
        <source>Check the evidence files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineWatch</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="103"/>
        <source>Deadlines: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="47"/>
        <source>Deadlines are worked out from the incident time, the platform&apos;s reporting window, the status history and your contacts. Recording a status or a contact updates them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="57"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="63"/>
        <source>Add to my &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="86"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="86"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="86"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="86"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="86"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="110"/>
        <source>No deadline for this claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="127"/>
        <source>Save the deadlines as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="129"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="137"/>
        <source>Cannot save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadlines_tab.py" line="99"/>
        <source>%1 (if you write now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="55"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="55"/>
        <source>Account / player ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="56"/>
        <source>Bonus or offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="56"/>
        <source>Bonus type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="57"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="57"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="58"/>
        <source>Promo code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="58"/>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="59"/>
        <source>Game round ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="59"/>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="60"/>
        <source>1. What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="60"/>
        <source>2. What I expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="61"/>
        <source>3. What happened instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="62"/>
        <source>Error message (exact words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="62"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="77"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="80"/>
        <source>e.g. I deposited 100 € with the code WELCOME100 on the 20th at 21:15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="82"/>
        <source>e.g. A 100 € bonus on my account, as the offer page says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="84"/>
        <source>e.g. The deposit went through but no bonus; the page shows error BNS-402</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="88"/>
        <source>Kind of problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="93"/>
        <source>How often does the error happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="152"/>
        <source>How often?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="110"/>
        <source>Was your connection stable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="111"/>
        <source>Yes, stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="111"/>
        <source>No, unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="113"/>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="116"/>
        <source>Platform default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="117"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="118"/>
        <source>Reporting window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="124"/>
        <source>Platform &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="125"/>
        <source>Support contacts, reporting window and regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="128"/>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="129"/>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="130"/>
        <source>When it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="131"/>
        <source>Reporting window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="140"/>
        <source>The claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="146"/>
        <source>What happened, in three parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="153"/>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="155"/>
        <source>Error and circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="166"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="167"/>
        <source>Save the details (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="199"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="228"/>
        <source>Platform default (%1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="327"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="63"/>
        <source>Amount asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="99"/>
        <source>What you ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="159"/>
        <source>I ask for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="162"/>
        <source>What you ask the operator to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="265"/>
        <source>For this kind of problem the letter asks the operator to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="171"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/details_tab.py" line="329"/>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditBar</name>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="61"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="63"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="69"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="72"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="73"/>
        <source>Delete the selected shapes (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="75"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="76"/>
        <source>Colour of new and selected shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="77"/>
        <source>Usual colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="78"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="78"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="78"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="79"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="79"/>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="79"/>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="87"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="88"/>
        <source>Line width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="89"/>
        <source>Line width of rectangles and arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="96"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="98"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="100"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="101"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="104"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/editor/commands.py" line="27"/>
        <source>&amp;Annotate or redact the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/commands.py" line="28"/>
        <source>Draw arrows, boxes and text on a copy, or hide what must not be seen (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/commands.py" line="31"/>
        <source>Read the te&amp;xt of the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/commands.py" line="32"/>
        <source>Find the error message and code in a screenshot (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/commands.py" line="68"/>
        <source>Cannot annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/commands.py" line="78"/>
        <source>Cannot read the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="72"/>
        <source>The original of this copy is no longer in the claim: you are drawing on the copy itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="81"/>
        <source>Picture being annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="83"/>
        <source>Annotate or redact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="84"/>
        <source>New version of a copy of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="113"/>
        <source>&amp;Confirm the boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="120"/>
        <source>Read all the te&amp;xt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="122"/>
        <source>&amp;ID document: propose boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="124"/>
        <source>Reads the document and proposes boxes over its number (all but the last 4 characters) and its machine-readable lines, for you to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="128"/>
        <source>Caption of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="135"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="137"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="140"/>
        <source>&amp;Save as a new copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="141"/>
        <source>The original stays as it is (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="145"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="155"/>
        <source>Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="207"/>
        <source>%n boxes proposed from the text read on the document: its number except the last 4 characters, and the machine-readable lines. Check each one (move, resize or delete it; draw a missing one with Redact, B), then confirm.</source>
        <translation>
            <numerusform>%n box proposed from the text read on the document: its number except the last 4 characters, and the machine-readable lines. Check it (move, resize or delete it; draw a missing one with Redact, B), then confirm.</numerusform>
            <numerusform>%n boxes proposed from the text read on the document: its number except the last 4 characters, and the machine-readable lines. Check each one (move, resize or delete it; draw a missing one with Redact, B), then confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="231"/>
        <source>%n boxes confirmed: they will be solid in the copy.</source>
        <translation>
            <numerusform>%n box confirmed: it will be solid in the copy.</numerusform>
            <numerusform>%n boxes confirmed: they will be solid in the copy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="218"/>
        <source>Redacted copy of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="219"/>
        <source>Annotated copy of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="223"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="224"/>
        <source>Text to write on the picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="254"/>
        <source>Stopped: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="277"/>
        <source>It did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="285"/>
        <source>Check the proposed boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="286"/>
        <source>Confirm the proposed boxes (or delete them) before saving the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="294"/>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="309"/>
        <source>Cannot save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="296"/>
        <source>Saving the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="303"/>
        <source>The claim folder was closed: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="312"/>
        <source>Copy saved as a new evidence item; the original is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="330"/>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/editor_dialog.py" line="331"/>
        <source>What you drew is not saved. Close the editor anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="75"/>
        <source>BonusDesk hit an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="81"/>
        <source>&lt;p&gt;&lt;b&gt;Something went wrong inside BonusDesk.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;What you saved before is safe: every change is written to your claim folder as you make it. The action you were doing may not have finished: check it, then carry on.&lt;/p&gt;&lt;p&gt;If it happens again, click &lt;b&gt;Copy diagnostics&lt;/b&gt; and paste the text into your message to the BonusDesk team. It says which version you have, your system and screens, and what BonusDesk logged; it holds nothing from your claims.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="92"/>
        <source>Log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="99"/>
        <source>What is copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="102"/>
        <source>Show &amp;what is copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="105"/>
        <source>&amp;Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="107"/>
        <source>Show the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/error_dialog.py" line="134"/>
        <source>%n more errors happened since.</source>
        <translation>
            <numerusform>%n more error happened since.</numerusform>
            <numerusform>%n more errors happened since.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/error_dialog.py" line="139"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="24"/>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="25"/>
        <source>Claim details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="26"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="27"/>
        <source>Bets, rounds and deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="28"/>
        <source>Platform details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="29"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="30"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="67"/>
        <source>Pick where to go…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/recipients.py" line="69"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/escalation/commands.py" line="19"/>
        <source>Refer to a &amp;mediator / ADR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/commands.py" line="20"/>
        <source>Support did not solve it: see where to go next, check the file, write the referral letter (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationTab</name>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="92"/>
        <source>Body to check the file for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="94"/>
        <source>&amp;Refer to this body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="101"/>
        <source>Ready for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="104"/>
        <source>Is the file complete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="118"/>
        <source>Referrals of this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="121"/>
        <source>No referral recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="122"/>
        <source>&amp;Update the referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="123"/>
        <source>The body&apos;s answer: case number, status, decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="126"/>
        <source>The &amp;letter as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="127"/>
        <source>The referral letter kept in the claim when the referral was recorded, on the Evidence tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="131"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="173"/>
        <source>BonusDesk cannot tell where this claim goes next: the platform&apos;s regulator is unknown, or its terms name the ADR body. Pick one above (the platform details say which regulator applies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="183"/>
        <source>What %1 needs, from what your claim holds now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="191"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="191"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="192"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="192"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="239"/>
        <source>The letter as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="240"/>
        <source>This referral was recorded before BonusDesk kept the letters it sends. Import the letter you sent (Evidence tab) to keep it with the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="262"/>
        <source>Cannot update the referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationUpdateDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="45"/>
        <source>Referral to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="48"/>
        <source>Status of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="53"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="55"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="57"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="58"/>
        <source>Case &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/escalation_tab.py" line="59"/>
        <source>N&amp;ote:</source>
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
    <message>
        <location filename="../../bonusdesk/ui/evidence/importer.py" line="141"/>
        <source>in the Inbox: file them into a claim when you are ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="318"/>
        <source>The file is missing from the claim folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="324"/>
        <source>This picture cannot be shown here. Open it with the default application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="332"/>
        <source>This e-mail cannot be read here. Open it with the default application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="334"/>
        <source>No preview for this kind of file. Open it with the default application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="99"/>
        <source>Evidence gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="109"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="111"/>
        <source>&amp;Paste image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="113"/>
        <source>Edit &amp;caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="119"/>
        <source>Annotate or re&amp;dact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="120"/>
        <source>Arrows, boxes, text, or hiding what must not be seen, on a copy (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="123"/>
        <source>Read the te&amp;xt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="124"/>
        <source>The error message and code in a screenshot (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="213"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="216"/>
        <source>Annotate or redact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="217"/>
        <source>Read the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="219"/>
        <source>Edit the caption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="271"/>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="286"/>
        <source>Cannot add the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="297"/>
        <source>Pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="301"/>
        <source>The clipboard holds no image or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="313"/>
        <source>Cannot add the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="315"/>
        <source>Image added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="344"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="345"/>
        <source>What does this show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="353"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="106"/>
        <source>Drop screenshots, photos, PDFs or emails (.eml, .msg) here, or a whole folder. Ctrl+V pastes a copied image. Double-click to view; F2 edits the caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="200"/>
        <source>%n PDF files are protected by a password (%1): their pages are not in the PDF package. Select one and click “Give the password…” to show them.</source>
        <translation>
            <numerusform>%n PDF file is protected by a password (%1): its pages are not in the PDF package. Select it and click “Give the password…” to show them.</numerusform>
            <numerusform>%n PDF files are protected by a password (%1): their pages are not in the PDF package. Select one and click “Give the password…” to show them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="267"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="268"/>
        <source>E-mails (*.eml *.msg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="269"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="270"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="115"/>
        <source>&amp;Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="116"/>
        <source>File the selected items into another claim or back into the Inbox (or drag them onto a claim of the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_tab.py" line="220"/>
        <source>Move to another claim or the Inbox…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="45"/>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="60"/>
        <source>Annotate or re&amp;dact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="62"/>
        <source>Read the te&amp;xt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="82"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="83"/>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="87"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="87"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="88"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="90"/>
        <source>Dimensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="92"/>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="94"/>
        <source>Taken (EXIF):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="96"/>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="97"/>
        <source>Integrity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="98"/>
        <source>Intact: the file matches its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="99"/>
        <source>MISSING: the file is not in the folder any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="100"/>
        <source>ALTERED: the file no longer matches its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="103"/>
        <source>Kind of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="107"/>
        <source>Kind of &amp;evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="109"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="110"/>
        <source>What this shows, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="112"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="114"/>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="115"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="148"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="52"/>
        <source>Open with the default &amp;application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="54"/>
        <source>Show in fo&amp;lder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="85"/>
        <source>Filed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="85"/>
        <source>the Inbox (not filed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="156"/>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="157"/>
        <source>No application on this computer opened it. The file is here:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="164"/>
        <source>Cannot show the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="165"/>
        <source>The file manager did not open. The file is here:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/evidence_viewer.py" line="174"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="82"/>
        <source>Export the claim as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="84"/>
        <source>One PDF with your complaint, the checklist, the timeline, the contacts and every piece of evidence with its fingerprint: ready to send to support, a regulator or a mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="100"/>
        <source>Language of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="113"/>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="114"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="120"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="121"/>
        <source>Keep the PDF under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="126"/>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="127"/>
        <source>Size limit in megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="133"/>
        <source>Attach the original files inside the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="135"/>
        <source>Also make a ZIP with the original files and their checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="139"/>
        <source>Optional: protect the PDF with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="140"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="205"/>
        <source>Evidence to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="148"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="142"/>
        <source>Put the originals of redacted pictures in the ZIP too (never in the PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="149"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="152"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="153"/>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="159"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="160"/>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="163"/>
        <source>A picture you redacted goes out as its redacted copy unless you choose otherwise; the index names the original and its SHA-256, so a mediator can ask you for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="170"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="176"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="179"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="181"/>
        <source>Show the &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="207"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="207"/>
        <source>Version sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="219"/>
        <source>earlier redacted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="233"/>
        <source>Redacted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="234"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="235"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="236"/>
        <source>Version of %1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="261"/>
        <source>Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="262"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="287"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="287"/>
        <source>Choose a file name for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="292"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="293"/>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="304"/>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="365"/>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="374"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="311"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="322"/>
        <source>the ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="324"/>
        <source>the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="337"/>
        <source>Exporting… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="343"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="357"/>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="377"/>
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
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="381"/>
        <source>ZIP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="392"/>
        <source>Not recorded in the claim&apos;s history: the claim folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="395"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="405"/>
        <source>The original files did not fit in the PDF within the size limit: they are in the ZIP bundle %1 with their SHA-256 fingerprints (the PDF says so). Send both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="411"/>
        <source>The PDF is %1 MB, over the %2 MB limit: its screenshots are already at the smallest size that keeps their text readable. Send it through a file-transfer service, or choose fewer evidence items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="93"/>
        <source>Export the file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="95"/>
        <source>The file for %1: its own summary page (who, where, by when, what the file holds), the referral letter, then the timeline, the contacts and every piece of evidence with its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="252"/>
        <source>The referral letter goes in as you edited it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/export_dialog.py" line="256"/>
        <source>Your edited letter is in another language: this file will hold the letter written from the claim in the language chosen below.</source>
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
    <message>
        <location filename="../../bonusdesk/ui/inbox/filing.py" line="141"/>
        <source>Already in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderCommands</name>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="139"/>
        <source>&amp;Open claim folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="141"/>
        <source>New claim &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="158"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="178"/>
        <source>Windows closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="179"/>
        <source>BonusDesk now shows the claim folder %1.

These windows belonged to the folder that was closed; they were closed too and nothing more was written to it:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="186"/>
        <source>Open claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="192"/>
        <source>Choose where to create the claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="228"/>
        <source>Open another claim folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="229"/>
        <source>BonusDesk was started again for the claim folder %1.

Open it instead of %2? Windows open on %2 will be closed; the details you typed are saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="144"/>
        <source>&amp;Back up / move the claim folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="145"/>
        <source>Copy the whole claim folder elsewhere and check the copy, or move it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSafety</name>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="137"/>
        <source>This claim folder is synced by %1: File › Back up / move the claim folder… moves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="154"/>
        <source>Do not warn me again for this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="156"/>
        <source>&amp;Move the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="157"/>
        <source>&amp;Keep it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="179"/>
        <source>A folder of this computer that %1 does not sync is safer. Create the claim folder here anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="182"/>
        <source>Create it &amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="183"/>
        <source>&amp;Choose another place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSession</name>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="57"/>
        <source>Folder in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="58"/>
        <source>The claim folder %1 is already open in another BonusDesk window or program.

Close it there, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="64"/>
        <source>Newer folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="65"/>
        <source>The claim folder %1 was saved by a newer version of BonusDesk.

Update BonusDesk to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="71"/>
        <source>Not a claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="72"/>
        <source>%1 is not a BonusDesk claim folder yet.

Create a new claim folder there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="48"/>
        <location filename="../../bonusdesk/ui/folders.py" line="79"/>
        <location filename="../../bonusdesk/ui/folders.py" line="86"/>
        <source>Cannot open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="80"/>
        <source>The claim folder %1 cannot be created there (%2). Nothing was changed: choose a place you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="87"/>
        <source>The claim folder %1 cannot be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="118"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="96"/>
        <source>&lt;h2&gt;Welcome to BonusDesk&lt;/h2&gt;&lt;p&gt;BonusDesk keeps everything about a problem with an online bonus in one place, on this computer only. It works in three steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Describe the problem.&lt;/b&gt; Create a claim: the platform, when it happened, what you did, what you expected and what happened instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gather evidence.&lt;/b&gt; Take screenshots, drop files and emails into the claim. Each file is kept unchanged with its date and fingerprint.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report in time and follow up.&lt;/b&gt; Write your report, send it to support before the deadline, log every answer and export a PDF package if you need to escalate.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;No claim yet and the error is on screen? Capture it now (Ctrl+Shift+S): the screenshot waits in the Inbox until you file it into a claim.&lt;/p&gt;&lt;p&gt;Your claims are saved in: &lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folders.py" line="122"/>
        <source>&amp;What do I do now?</source>
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
    <name>IdBoxes</name>
    <message>
        <location filename="../../bonusdesk/ui/editor/id_boxes.py" line="62"/>
        <source>Reading the document to find its number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/id_boxes.py" line="76"/>
        <source>No document number or machine-readable lines were found: draw the boxes yourself with Redact (B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/id_boxes.py" line="81"/>
        <source>Boxes proposed. OCR can miss a number (glare, a photo at an angle): look at the whole document before confirming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/id_boxes.py" line="84"/>
        <source>The number will read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="89"/>
        <source>Evidence picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="90"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="91"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="92"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="93"/>
        <source>&amp;100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxButton</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/claims_panel.py" line="113"/>
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
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="118"/>
        <source>Add files to the Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/inbox/inbox_view.py" line="131"/>
        <source>Cannot add the files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailPreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="267"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="268"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="269"/>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="270"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="271"/>
        <source>unknown (the e-mail has no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="272"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="275"/>
        <source>E-mail text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="279"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="291"/>
        <source>Attachments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="293"/>
        <source>(added as evidence when you file the e-mail into a claim)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="129"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="131"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="127"/>
        <source>&amp;Add evidence files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="128"/>
        <source>Add screenshots, PDFs or emails (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="171"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="177"/>
        <source>&amp;Recent folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="187"/>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="188"/>
        <source>&amp;Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="205"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="219"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="229"/>
        <source>Follow-up toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="233"/>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="261"/>
        <source>No claim folder is open.
Use File → Open claim folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="288"/>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="134"/>
        <source>Go to the &amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="135"/>
        <source>Screenshots and files waiting to be filed into a claim (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="264"/>
        <source>No claims yet.

Click “New claim” (Ctrl+N) to describe your problem.
Not sure where to start? Help › What do I do now? (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="270"/>
        <source>The error is on screen right now? Capture it first (%1): no claim is needed, the screenshot waits in the Inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/main_window.py" line="274"/>
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
    <name>NotDrawnBox</name>
    <message>
        <location filename="../../bonusdesk/ui/report/not_drawn.py" line="24"/>
        <source>Items that could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/not_drawn.py" line="27"/>
        <source>The export is done all the same. Each of these items has a page in the PDF that says why, and its file is attached unchanged with its SHA-256. If a file is damaged, ask whoever sent it for a new copy and add it to the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/not_drawn.py" line="42"/>
        <source>#%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/not_drawn.py" line="44"/>
        <source>%n items could not be drawn:</source>
        <translation>
            <numerusform>%n item could not be drawn:</numerusform>
            <numerusform>%n items could not be drawn:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpItem</name>
    <message>
        <location filename="../../bonusdesk/ui/editor/items.py" line="276"/>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="126"/>
        <source>PDF page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="135"/>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="136"/>
        <source>Ne&amp;xt page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="203"/>
        <source>This PDF is protected by a password, so its pages cannot be shown here. On the Evidence tab, select it and use &quot;Give the password…&quot;: its pages are then shown from an unlocked copy (this file is kept as it is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="209"/>
        <source>This PDF cannot be shown here: it is damaged, or not a PDF. Open it with the default application, which may repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="213"/>
        <source>This PDF cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="243"/>
        <source>Drawing the page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/previews.py" line="240"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="57"/>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="60"/>
        <source>Kind of platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="64"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="64"/>
        <source>Support email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="65"/>
        <source>Support phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="66"/>
        <source>Contact form address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="79"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="81"/>
        <source>Reporting window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="85"/>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="101"/>
        <source>Leave empty when the platform counts deadlines in your own time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="104"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="108"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="110"/>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="118"/>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="120"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="111"/>
        <source>Reporting &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="116"/>
        <source>&amp;Regulator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="112"/>
        <source>Deadlines &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="113"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="264"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="67"/>
        <source>Operator&apos;s legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="68"/>
        <source>Licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="73"/>
        <source>The company named at the bottom of the site or in its terms, e.g. Etoile Gaming Ltd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="75"/>
        <source>As printed in the site&apos;s footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="86"/>
        <source>Unknown: pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="92"/>
        <source>ADR body named in the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="122"/>
        <source>&amp;ADR body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="123"/>
        <source>The regulator decides which escalation clocks apply (for example the operator&apos;s 8 weeks in the United Kingdom) and where the dispute goes next. The terms and conditions name the operator&apos;s company, its licence and its ADR body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="128"/>
        <source>Licence and escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="184"/>
        <source>The escalation rules cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="192"/>
        <source>Escalation clocks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="195"/>
        <source>No regulator given: pick one from the list, or no escalation clock applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="198"/>
        <source>“%1” is not a regulator BonusDesk knows: unknown, pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="213"/>
        <source>As the rules say: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="215"/>
        <source>Not named: pick the one the operator&apos;s terms name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/platform_dialog.py" line="217"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="35"/>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="38"/>
        <source>Your letters to support and your files for a mediator are signed with these details. They stay in this claim folder, on this computer. Leave empty what you do not want to give: letters then leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="43"/>
        <source>Your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="44"/>
        <source>First and last name, as on your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="46"/>
        <source>Your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="47"/>
        <source>The address of your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="49"/>
        <source>Your postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="50"/>
        <source>As on an envelope, one line per line (for letters sent by post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="55"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="56"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="57"/>
        <source>Postal &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/profile_dialog.py" line="79"/>
        <source>Cannot save your details</source>
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
    <name>ReadTextDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="53"/>
        <source>Read the text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="55"/>
        <source>The whole picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="56"/>
        <source>The region %1 × %2 pixels at %3, %4 of the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="62"/>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="67"/>
        <source>Text read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="68"/>
        <source>The text read in the picture appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="71"/>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="73"/>
        <source>Use as the claim&apos;s error &amp;code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="75"/>
        <source>Use as the claim&apos;s error &amp;message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="76"/>
        <source>Select the sentence in the text first; without a selection the whole text is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="83"/>
        <source>Error code found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="85"/>
        <source>Co&amp;py the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="90"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="118"/>
        <source>Reading the text… (a few seconds for a full screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="123"/>
        <source>Cancelled: nothing was read or stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="132"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="155"/>
        <source>No text was found in the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="158"/>
        <source>Read in %1 s by %2. Kept with the evidence: searching the claims now finds these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="176"/>
        <source>Put “%1” in the claim&apos;s error code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="180"/>
        <source>Put this text in the claim&apos;s error message?

“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="189"/>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="209"/>
        <source>Cannot change the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="193"/>
        <source>The claim already says exactly that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="197"/>
        <source>It replaces: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="198"/>
        <source>Change the claim?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="211"/>
        <source>Saved in the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="212"/>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/read_text_dialog.py" line="213"/>
        <source>Error message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadyPanel</name>
    <message>
        <location filename="../../bonusdesk/ui/escalation/ready_panel.py" line="42"/>
        <source>What the file holds and what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/escalation/ready_panel.py" line="66"/>
        <source>Not ready: %n items missing.</source>
        <translation>
            <numerusform>Not ready: %n item missing.</numerusform>
            <numerusform>Not ready: %n items missing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/ready_panel.py" line="70"/>
        <source>Ready: nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/ready_panel.py" line="74"/>
        <source>You may refer from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/ready_panel.py" line="77"/>
        <source>Refer by %1 at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/ready_panel.py" line="85"/>
        <source>Fill in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="63"/>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="351"/>
        <source>Refer to a mediator / ADR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="67"/>
        <source>Body to refer the dispute to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="77"/>
        <source>Where to send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="78"/>
        <source>Copy the a&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="85"/>
        <source>Language of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="90"/>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="128"/>
        <source>Referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="92"/>
        <source>&amp;Copy the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="94"/>
        <source>Sa&amp;ve the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="96"/>
        <source>E&amp;xport the file for this body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="98"/>
        <source>A PDF with its own summary page and checklist, the referral letter and all the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="103"/>
        <source>When you sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="105"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="106"/>
        <source>If the body gave you one (you can add it later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="109"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="110"/>
        <source>&amp;Record the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="111"/>
        <source>The claim&apos;s status becomes “referred” and this body&apos;s own clocks start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="116"/>
        <source>Refer &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="117"/>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="121"/>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="122"/>
        <source>Is the file complete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="131"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="149"/>
        <source>Once you have sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="151"/>
        <source>&amp;Sent on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="152"/>
        <source>Case &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="153"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="198"/>
        <source>Pick the body to refer the dispute to. The platform&apos;s regulator decides which ones apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="217"/>
        <source>Your edited letter was kept: the details you just changed are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="229"/>
        <source>Not a legal body: it can publish your case, it cannot decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="234"/>
        <source>Online form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="236"/>
        <source>By post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="239"/>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="241"/>
        <source>The operator&apos;s terms and conditions name its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="268"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="274"/>
        <source>Save the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="276"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="282"/>
        <source>Cannot save the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="311"/>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="312"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="317"/>
        <source>The file is not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="318"/>
        <source>%n items are missing for %1:</source>
        <translation>
            <numerusform>%n item is missing for %1:</numerusform>
            <numerusform>%n items are missing for %1:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="320"/>
        <source>The body may refuse an incomplete file. Record the referral anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="330"/>
        <source>Referred to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="332"/>
        <source>Referral letter to %1, as sent on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="335"/>
        <source>Cannot record the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/escalation/refer_dialog.py" line="337"/>
        <source>Referral to %1 recorded: its deadlines start now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceActions</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="29"/>
        <source>&amp;Confirm the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="30"/>
        <source>It is the real ticket or case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="32"/>
        <source>&amp;Not a reference: remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="33"/>
        <source>It leaves your letter and the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="35"/>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="51"/>
        <source>Co&amp;rrect the reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="52"/>
        <source>&amp;Add a reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="58"/>
        <source>Reference %1 confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="65"/>
        <source>Reference %1 removed: it is no longer in your letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="72"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="73"/>
        <source>Ticket or case number (empty: none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="77"/>
        <source>Reference changed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="78"/>
        <source>Reference removed: it is no longer in your letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/reference_actions.py" line="85"/>
        <source>Reference not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="121"/>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="127"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/followup/deadline_watch.py" line="128"/>
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
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="56"/>
        <source>Write my report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="64"/>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="76"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="78"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="82"/>
        <source>Copy s&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="84"/>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="170"/>
        <source>&amp;Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="89"/>
        <source>&amp;Write again from the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="99"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="105"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="121"/>
        <source>What support will ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="126"/>
        <source>&amp;Fill in the details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="131"/>
        <source>&lt;b&gt;What support will ask for&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="216"/>
        <source>At least one screenshot or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="223"/>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="223"/>
        <source>Given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="228"/>
        <source>Everything support usually asks for is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="229"/>
        <source>%n items missing: support will probably ask for them.</source>
        <translation>
            <numerusform>%n item missing: support will probably ask for it.</numerusform>
            <numerusform>%n items missing: support will probably ask for them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="242"/>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="59"/>
        <source>This complaint is written from your claim. The letter is a formal written complaint for the contact form or an e-mail; the chat message is short enough for a chat box. Read it, change what you want, then copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="70"/>
        <source>Form of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="71"/>
        <source>Formal letter (contact form, e-mail, post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="72"/>
        <source>Chat message (under %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="81"/>
        <source>Length of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="184"/>
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="189"/>
        <source>%Ln characters: more than the %1 a chat box takes, shorten it</source>
        <translation>
            <numerusform>%Ln character: more than the %1 a chat box takes, shorten it</numerusform>
            <numerusform>%Ln characters: more than the %1 a chat box takes, shorten it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="192"/>
        <source>%Ln characters of the %1 a chat box takes</source>
        <translation>
            <numerusform>%Ln character of the %1 a chat box takes</numerusform>
            <numerusform>%Ln characters of the %1 a chat box takes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="199"/>
        <source>Signed: %1 (from &lt;a href=&apos;profile&apos;&gt;your details&lt;/a&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/report/report_dialog.py" line="202"/>
        <source>⚠ The letter is not signed: add your name in &lt;a href=&apos;profile&apos;&gt;your details&lt;/a&gt;.</source>
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
        <location filename="../../bonusdesk/ui/settings/commands.py" line="65"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="66"/>
        <source>The new language applies the next time BonusDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="38"/>
        <source>Your &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/commands.py" line="39"/>
        <source>Your name, e-mail and postal address: your letters are signed with them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="46"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="49"/>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="127"/>
        <source>Claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="50"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="56"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="66"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="68"/>
        <source>Default reporting window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="79"/>
        <source>Capture shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="85"/>
        <source>Closing the window keeps BonusDesk in the tray (use Quit to exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="89"/>
        <source>Claim &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="92"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="93"/>
        <source>Default reporting &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="95"/>
        <source>Your time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="96"/>
        <source>Capture &amp;shortcut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="100"/>
        <source>Works only while BonusDesk is in front: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="103"/>
        <source>Works from any application (system-wide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="105"/>
        <source>No capture shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="115"/>
        <source>A new language applies the next time BonusDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="135"/>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="136"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="81"/>
        <source>What the capture shortcut takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="82"/>
        <source>The whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="83"/>
        <source>The active window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="110"/>
        <source>The shortcut &amp;takes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="71"/>
        <source>Your &amp;details (name, e-mail, address)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="72"/>
        <source>Your letters and files are signed with them; they are kept in the claim folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="94"/>
        <source>Signed as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/settings/settings_dialog.py" line="60"/>
        <source>Same as the computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="33"/>
        <source>I &amp;reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="34"/>
        <source>Support &amp;answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="35"/>
        <source>They asked for &amp;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="36"/>
        <source>&amp;Final answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="41"/>
        <source>Log how and when you sent your report to support. Keep the ticket number: support will ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="44"/>
        <source>Log what support answered, with the date and the agent&apos;s name if they gave one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="47"/>
        <source>Support needs more from you. Note what they asked for and by when you must answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="76"/>
        <source>They gave me a deadline to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/status_actions.py" line="50"/>
        <source>The operator gave its final answer. Note the outcome and what support wrote: a refusal in writing opens the way to a mediator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWarning</name>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="35"/>
        <source>Your claim folder is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="37"/>
        <source>&lt;p&gt;&lt;b&gt;The claim folder %1 is inside %2&lt;/b&gt; (%3).&lt;/p&gt;&lt;p&gt;%2 copies every file that changes to the internet and to your other devices. It can copy the claim database in the middle of a change, or make a “conflicted copy” when two computers change it: part of your record could then end up in a copy that BonusDesk does not read.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/folder_safety.py" line="44"/>
        <source>&lt;p&gt;&lt;b&gt;What to do&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Best:&lt;/b&gt; move the claim folder to a folder of this computer that %2 does not sync: &lt;i&gt;Move the folder…&lt;/i&gt; below, or later File › Back up / move the claim folder…&lt;/li&gt;&lt;li&gt;&lt;b&gt;If you keep it here:&lt;/b&gt; use it on one computer at a time, and let %2 finish syncing before you open it on another. BonusDesk leaves the database complete on disk whenever it is idle or closed.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeWithZone</name>
    <message>
        <location filename="../../bonusdesk/ui/widgets.py" line="72"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="104"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="104"/>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="107"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="106"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="105"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="171"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="230"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="230"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="230"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="79"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="98"/>
        <source>All times are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="105"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="106"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="119"/>
        <source>Claim opened in BonusDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="122"/>
        <source>Screenshot taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="123"/>
        <source>Evidence added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="127"/>
        <source>Complaint package made (SHA-256 %1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="133"/>
        <source>%1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="134"/>
        <source>%1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="136"/>
        <source>final response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="138"/>
        <source>ref. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="144"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="212"/>
        <source>dated before the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="213"/>
        <source>dated in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="148"/>
        <source>Withdrawn (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="167"/>
        <source>contact %1, because: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="176"/>
        <source>from the Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="177"/>
        <source>from claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="179"/>
        <source>back to the Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="180"/>
        <source>to claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/followup/timeline_tab.py" line="191"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolPalette</name>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="30"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="36"/>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="36"/>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="37"/>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="37"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="38"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="38"/>
        <source>Numbered step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="39"/>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="40"/>
        <source>Redact (solid box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="41"/>
        <source>Read text in a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/editor/toolbars.py" line="51"/>
        <source>Redact (B): an opaque box; what is under it is destroyed in the copy. Blur and pixelation are not offered: they can be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionDialog</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="42"/>
        <source>Add a bet, round or deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="45"/>
        <source>Copy the references from your account history: a mediator or ADR body asks for the bet or round reference with its stake, type and time, and for the deposit&apos;s amount, date and method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="50"/>
        <source>Kind of transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="54"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="55"/>
        <source>e.g. bet slip SLIP-77, round 8812-A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="57"/>
        <source>Stake or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="58"/>
        <source>e.g. 5.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="60"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="65"/>
        <source>I know when it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="70"/>
        <source>Bet type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="71"/>
        <source>e.g. single, accumulator, slot spin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="73"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="74"/>
        <source>e.g. card, bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="76"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="78"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="79"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="80"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="84"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="85"/>
        <source>&amp;Bet type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="86"/>
        <source>Payment &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="87"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="102"/>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="103"/>
        <source>Pick a time zone from the list, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionsBox</name>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="123"/>
        <source>Bets, rounds and deposits concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="132"/>
        <source>Bets, rounds and deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="134"/>
        <source>None yet. A mediator asks for the references of the bets or deposits your claim is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="137"/>
        <source>Add a &amp;transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="139"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="162"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="162"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="162"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="162"/>
        <source>Type or method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="163"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="196"/>
        <source>Cannot add the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="208"/>
        <source>Remove the transaction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="209"/>
        <source>Remove this transaction from the claim? The history keeps a record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/claims/transactions_box.py" line="215"/>
        <source>Cannot remove the transaction</source>
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
    <name>UnlockPdf</name>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="49"/>
        <source>Give the &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="51"/>
        <source>This PDF is protected by a password: give it once to show its pages in the PDF package (the password is not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="68"/>
        <source>Password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="70"/>
        <source>That password does not open %1. Try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="72"/>
        <source>Password-protected PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="84"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="95"/>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="110"/>
        <source>The pages cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="99"/>
        <source>%1 opened: its pages are in the PDF package now, from a decrypted copy added as evidence. The original stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bonusdesk/ui/evidence/unlock.py" line="111"/>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneBox</name>
    <message>
        <location filename="../../bonusdesk/ui/widgets.py" line="50"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
