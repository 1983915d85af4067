<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name />
    <message>
      <location filename="../../atlas_desktop/gui/editors/form.py" line="59" />
      <source>editors</source>
      <comment>Worked out automatically: {0}</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_watch.py" line="68" />
      <source>Checking what still reads…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="45" />
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="95" />
      <source>New recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="52" />
      <source>&amp;Issue a new key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="65" />
      <source>A new recovery key replaces the current one. From then on only the new key opens “{0}” if the passphrase is forgotten: the old key stops working. Issue a new key when the old one is lost, or someone else may have seen it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="69" />
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="72" />
      <source>&amp;Passphrase, to confirm:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="70" />
      <source>Confirm with the current &amp;recovery key instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="72" />
      <source>&amp;Current recovery key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="85" />
      <source>Your new recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="92" />
      <source>It is shown only now. Save it as a PDF or print it, and keep it somewhere safe, away from this computer. The old recovery key no longer opens the register: destroy its copies. (Backups made before now still open with the old key, so keep them as safe as a key.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="111" />
      <source>I have &amp;stored the new recovery key somewhere safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="125" />
      <source>It proves that you, not just anyone at this computer, are replacing the recovery key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="133" />
      <source>Checking the passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="144" />
      <source>No new recovery key was issued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="148" />
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="149" />
      <source>Issuing a new recovery key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="162" />
      <source>&amp;Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="184" />
      <source>Close without the new recovery key?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="185" />
      <source>The new recovery key will not be shown again, and the old one no longer works. If you close now and forget the passphrase, the register cannot be opened.

Close anyway?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActivityEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="153" />
      <source>Is a DPIA needed? (Art. 35)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="169" />
      <source>No Art. 35(3) case and no WP248 criterion is met (WP248 rev.01).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AllClearPanel</name>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="126" />
      <source>All clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="127" />
      <source>No deadline is near and nothing is missing. Atlas checks again whenever the register changes, and counts any breach clock down to the minute.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="132" />
      <source>All clear: no deadline is near and nothing is missing.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AtlasApp</name>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="106" />
      <source>Audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="110" />
      <source>Key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="257" />
      <source>Back up now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="335" />
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="279" />
      <source>About Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="149" />
      <source>Open record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="225" />
      <source>Open register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="226" />
      <source>Atlas registers (*.atlas *.atlas-team)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="253" />
      <source>Making an encrypted backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="258" />
      <source>Backup made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="258" />
      <source>The encrypted backup is saved as
{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="269" />
      <source>Automatic backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="280" />
      <source>Atlas Desktop {0}
An offline, encrypted GDPR register for small offices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="319" />
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="336" />
      <source>{0} open editor(s) have unsaved changes. Quitting now discards them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="337" />
      <source>Quit and discard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="99" />
      <source>Atlas Desktop help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;Tools</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="55" />
      <source>New register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="56" />
      <source>Open register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="57" />
      <source>Open a team register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="59" />
      <source>Export spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="60" />
      <source>Import spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="64" />
      <source>Change my password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="69" />
      <source>Lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="71" />
      <source>Close register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="74" />
      <source>New record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="84" />
      <source>New activities from templates…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="85" />
      <source>Find</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="86" />
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="88" />
      <source>Organisation details…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="89" />
      <source>Preferences…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="95" />
      <source>Annual review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="96" />
      <source>What needs action (dashboard)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="97" />
      <source>Verify the audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="101" />
      <source>First steps</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="56" />
      <source>Evidence files (a signed contract, a certificate, a screenshot) are kept encrypted inside the register, at most 25 MB each. Open and Save as write a copy where you choose; that copy is not encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="62" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="62" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="62" />
      <source>Added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="63" />
      <source>Added by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="64" />
      <source>Attached files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="77" />
      <source>&amp;Add file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="78" />
      <source>&amp;Open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="79" />
      <source>Save a cop&amp;y…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="80" />
      <source>&amp;Remove…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="112" />
      <source>Attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="127" />
      <source>Save the record first; then you can attach files to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="129" />
      <source>No files attached yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="154" />
      <source>Attach files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="159" />
      <source>The file was not attached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="173" />
      <source>The copy was not written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="180" />
      <source>Save a copy of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="187" />
      <source>Where should the copy of {0} go? It is opened from there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="197" />
      <source>Remove attachment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="198" />
      <source>Remove “{0}” from this record? The removal is recorded in the audit trail; the file cannot be recovered from the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="200" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="205" />
      <source>The attachment was not removed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="301" />
      <source>#{0} (deleted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="303" />
      <source>(new record)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="305" />
      <source>(whole record)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="348" />
      <source>The names of the fields that changed. Their values may be personal data: select an entry and choose Show details to see them.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="54" />
      <source>Audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="57" />
      <source>All registers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="61" />
      <source>Show the entries of one register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="63" />
      <location filename="../../atlas_desktop/gui/auditview.py" line="260" />
      <source>Everyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="64" />
      <source>Show the entries of one person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="68" />
      <source>Filter…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="70" />
      <source>Filter the audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="72" />
      <source>Number of entries shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="74" />
      <source>Show &amp;details…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="75" />
      <source>The values before and after this change (may be personal data)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="76" />
      <source>Show details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="78" />
      <source>&amp;Verify chain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="79" />
      <source>Check that no entry was changed, removed or reordered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="80" />
      <source>Verify chain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="83" />
      <source>Every change is sealed into a chain. Verify it to check that nothing was altered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="86" />
      <source>Result of the chain check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="90" />
      <source>Audit log entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="117" />
      <source>&amp;Register:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="117" />
      <source>&amp;Who:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="191" />
      <source>Checking every entry of the audit trail…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="197" />
      <source>Checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="199" />
      <source>Verifying the audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="208" />
      <source>, and they match the {0} backups and restores recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="210" />
      <source>Intact: all {0} entries are sealed and in order{1}. Nothing was altered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="214" />
      <source> at entry {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="215" />
      <source>Broken{0}: {1} Keep this register as it is and restore a backup you trust.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="223" />
      <source>The trail's {0} entries are sealed and in order, but {1} records differ from it: {2}{3}. They were changed outside Atlas; restore a backup you trust if you did not expect this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="226" />
      <source> and {0} more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="231" />
      <source>Changed outside Atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="232" />
      <source>Intact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="231" />
      <source>Broken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="240" />
      <source>The check did not finish: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="278" />
      <source>entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="278" />
      <source>entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="279" />
      <source>{0} {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="280" />
      <source>{0} of {1} {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="41" />
      <source>Register settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="41" />
      <source>Annual reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="45" />
      <source>Created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="45" />
      <source>Changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="45" />
      <source>Deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="45" />
      <source>Imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="46" />
      <source>Restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="46" />
      <source>Keys changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="46" />
      <source>Reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="51" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="51" />
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="51" />
      <source>Items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="51" />
      <source>Audit trail head</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="52" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="52" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="52" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="52" />
      <source>Pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="53" />
      <source>Pack SHA-256</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="53" />
      <source>Not reviewed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="53" />
      <source>Confirmed unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="54" />
      <source>Updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="54" />
      <source>Retired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="85" />
      <source>Audit entry {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="91" />
      <source>Entry {0}: {1} — {2} #{3}, by {4} on {5}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="95" />
      <source>These values may be personal data. Close this window when you are done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="102" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="102" />
      <source>Before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="102" />
      <source>After</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="103" />
      <source>Values before and after the change</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BasisChart</name>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="236" />
      <source>Activities by lawful basis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="250" />
      <source>For a client (their basis)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="252" />
      <source>No basis chosen yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="257" />
      <source>Activities by lawful basis: no activities in use yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="258" />
      <source>{0} ({1}): {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="260" />
      <source>Activities by lawful basis (an activity with several bases counts under each): {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="281" />
      <source>No activities in use yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BreachEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="212" />
      <source>{0} decides about the authority and the people affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="214" />
      <source>Your part is to tell them without undue delay, with what you know so far; the clock at the top counts down to your deadline. Record below when you told them (Art. 33(2)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="218" />
      <source>Your own data: nothing to do on this page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="219" />
      <source>Fill this page in only when the data belonged to a client you process it for. The client then notifies the authority, and you must tell the client without undue delay (Art. 33(2)).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BreachesChart</name>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="98" />
      <source>Breaches per month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="111" />
      <source>Breaches per month: no figures yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="112" />
      <source>{0} to {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="116" />
      <source>No breaches were recorded in the last {0} months ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="119" />
      <source>Breaches per month over the last {0} months ({1}): {2} in total. {3}. No breaches in the other months.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChangesStep</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="208" />
      <source>Comparing with the previous review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="211" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="211" />
      <source>Register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="211" />
      <source>What changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="212" />
      <source>Changes since the previous review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="236" />
      <source>This is the first review: there is nothing to compare with yet. The next review will list what was added, changed or retired since this one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="240" />
      <source>Since {0} (closed {1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="242" />
      <source>Nothing was added, changed or retired.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="248" />
      <source>{0} added, {1} changed, {2} retired or removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="250" />
      <source>So far: the comparison is made again when the review closes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="258" />
      <source>{0} ({1})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CloseStep</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="49" />
      <source>Why the review cannot be closed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="50" />
      <source>Show the items not reviewed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="61" />
      <source>Close the review and save the &amp;pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="64" />
      <source>&amp;Save pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="89" />
      <source>The review started on {0} by {1}, from audit trail entry {2} ({3}…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="92" />
      <source>Close the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="94" />
      <source>Closing the review sets each kept record's next review date, signs the “Annual data protection review” PDF and makes the review pack: one zip holding that PDF, the full spreadsheet and the signed record of processing activities (Art. 30), with a manifest of their SHA-256 hashes. The pack is kept in the register, encrypted, and you choose where to save a copy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="100" />
      <source>{0} items are not reviewed yet. Confirm, update or retire each one before closing the review.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="102" />
      <source>1 item is not reviewed yet. Confirm, update or retire it before closing the review.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="109" />
      <source>Closed on {0} by {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="113" />
      <source>Its pack, “{0}” ({1}), is kept in the register, encrypted: save a copy whenever you need one. It is the pack made at the close, byte for byte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="119" />
      <source>SHA-256 of the pack: {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ComputedWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/widgets.py" line="221" />
      <source>worked out when the fields it depends on are filled in</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CoverageChart</name>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="173" />
      <source>Training coverage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="186" />
      <source>{0}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="191" />
      <source>Training coverage: no current staff are recorded, so there is nothing to show.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="192" />
      <source>Training coverage: {0} of {1} current staff have valid data-protection training ({2}); {3} need training.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="83" />
      <source>Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="115" />
      <location filename="../../atlas_desktop/gui/dashboard.py" line="120" />
      <source>What needs action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="156" />
      <source>Breach clocks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="158" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="158" />
      <source>Due soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="158" />
      <source>Gaps to fill</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="199" />
      <source>Updating the dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="220" />
      <source>The dashboard could not be updated: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="242" />
      <source>{0} overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="243" />
      <source>{0} due soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="244" />
      <source>1 gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="244" />
      <source>{0} gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="248" />
      <source>1 breach clock running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="249" />
      <source>{0} breach clocks running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="250" />
      <source>1 breach deadline passed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="251" />
      <source>{0} breach deadlines passed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="259" />
      <source>Go to these items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="266" />
      <source>checked {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="277" />
      <source>Deadline {0}, 72 hours after you became aware</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="280" />
      <source>{0}. Notify: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="294" />
      <source>overdue today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="351" />
      <source>Locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="58" />
      <source>No breaches in the last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="59" />
      <source>1 breach in the last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="60" />
      <source>{0} breaches in the last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="61" />
      <source>No current staff recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="62" />
      <source>{0} of {1} current staff have valid training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="63" />
      <source>Activities in use, by Art. 6(1) basis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="75" />
      <source>Gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="75" />
      <source>Breach clock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="76" />
      <source>All clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="130" />
      <source>less than a minute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="134" />
      <source>{0} days {1} h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="134" />
      <source>{0} days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="137" />
      <source>{0} h {1} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="138" />
      <source>{0} h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="138" />
      <source>{0} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="148" />
      <source>Decide whether to notify the authority within {0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="149" />
      <source>Notify the authority within {0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="151" />
      <source>Overdue by {0}: decide now whether to notify the authority ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="152" />
      <source>Overdue by {0}: notify the authority now and give the reasons for the delay ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="159" />
      <source>1 day overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="159" />
      <source>{0} days overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="161" />
      <source>due today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="162" />
      <source>1 day left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="162" />
      <source>{0} days left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="234" />
      <source>Press Enter to open the record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="298" />
      <source>Share of the 72 hours used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="316" />
      <source>Clock running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="325" />
      <source>Press Enter to open the breach.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateTimeWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="170" />
      <source>YYYY-MM-DD HH:MM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="174" />
      <source>Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="175" />
      <source>Fill in the current date and time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="176" />
      <source>Set to now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="179" />
      <source>Times are shown and typed in the organisation's time zone.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="96" />
      <source>Warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="118" />
      <source>YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DpiaEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dpia.py" line="119" />
      <source>{0} of the 9 criteria met (Art. 35(1), WP248 rev.01).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dpia.py" line="137" />
      <source>8 weeks after sending (14 if extended), {0} (Art. 36(2)).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EditorWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="100" />
      <source>Fields marked * are required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="104" />
      <source>The register is locked. Your changes are kept in this window; unlock the register to save them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="115" />
      <source>Attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="129" />
      <source>&amp;Report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="130" />
      <source>Make a PDF report of this record (saves it first)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="135" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="136" />
      <source>Close this window (Esc); asks first if there are unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="138" />
      <source>Save and &amp;close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="140" />
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="141" />
      <source>Save ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="156" />
      <source>Readers cannot change this register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="216" />
      <source>New {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="279" />
      <source>Register locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="280" />
      <source>The register is locked. Unlock it to save; your changes are kept in this window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="305" />
      <source>Not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="337" />
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="338" />
      <source>“{0}” has changes that are not saved. Save them before closing?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/summary.py" line="94" />
      <source>You can read this register but not change it: you are signed in as a reader. A manager can give you another role.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/validation.py" line="46" />
      <source>{0}, row {1}: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/validation.py" line="55" />
      <source>Row {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/validation.py" line="67" />
      <source>1 problem to fix before this can be saved:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/validation.py" line="68" />
      <source>{0} problems to fix before this can be saved:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FieldForm</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/form.py" line="159" />
      <source>(required)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/form.py" line="171" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FiguresStep</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="87" />
      <source>Counting the year's figures…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="107" />
      <source>These figures cover {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="108" />
      <source>They are counted again each time you look; closing the review fixes them in the signed PDF.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="109" />
      <source>They are the figures the review was signed with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="112" />
      <source>Breaches (Art. 33–34)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="117" />
      <source>All breaches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="119" />
      <source>Cause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="119" />
      <source>Breaches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="119" />
      <source>Notified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="119" />
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>On time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="120" />
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="146" />
      <source>Late</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="120" />
      <source>Not needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="120" />
      <source>To notify, not sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="121" />
      <source>Not decided yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="123" />
      <source>Notified: to the supervisory authority, on time when within 72 hours (Art. 33(1)). Not needed: judged unlikely to result in a risk, documented only (Art. 33(5)), or a breach of a client's data, which the client notifies once we have told it (Art. 33(2)). The people affected were told in {0} of the {1} breaches (Art. 34).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="128" />
      <source>No breach was recorded in this period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="131" />
      <source>Breaches with a clock still running (Art. 33(1), 34(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="137" />
      <source>Rights requests (Art. 12–22)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="143" />
      <source>All requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>Right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>Article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>Requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>Answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="146" />
      <source>Extended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="146" />
      <source>Still open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="146" />
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="180" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="149" />
      <source>On time: answered by the due date, one month from receipt, or three when extended (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="151" />
      <source>No rights request was received in this period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="154" />
      <source>Staff training (Art. 32(4))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="156" />
      <source>{0}% of staff have valid data protection training: {1} of {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="160" />
      <source>Without valid training: {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="162" />
      <source>No staff are recorded yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="165" />
      <source>Open findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="173" />
      <source>Nothing is overdue, due soon or missing: the checks found nothing to act on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="176" />
      <source>What the checks (the dashboard, and “atlas check”) find open today: {0} overdue, {1} due soon, {2} gaps.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="180" />
      <source>Due soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="180" />
      <source>Gaps to fill</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="190" />
      <source>{0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="197" />
      <source>… and {0} more: the dashboard lists every one.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GettingStarted</name>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="185" />
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="189" />
      <source>Getting started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="190" />
      <source>Four first steps make this register useful. Each is ticked off as you do it; this list goes away once all are done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="226" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="226" />
      <source>To do</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="45" />
      <source>Getting started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="46" />
      <source>The registers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="49" />
      <source>Looking after the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="110" />
      <location filename="../../atlas_desktop/gui/help_window.py" line="244" />
      <source>Atlas Desktop help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="114" />
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="117" />
      <source>Forward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="118" />
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="119" />
      <source>Back to the first page of the help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="121" />
      <source>Find in this page ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="123" />
      <source>Find in this page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="128" />
      <source>Find result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="137" />
      <source>Help contents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="146" />
      <source>Help page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="221" />
      <source>The help pages are missing from this installation of Atlas Desktop. Install it again to get them back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="244" />
      <source>{0} — Atlas Desktop help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="280" />
      <source>Not found in this page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="318" />
      <location filename="../../atlas_desktop/gui/help_window.py" line="320" />
      <source>Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="319" />
      <source>What the law asks here, in plain words ({0})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IntWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/widgets.py" line="155" />
      <source>not set</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ItemsStep</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="65" />
      <source>Items reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="67" />
      <source>&amp;Show only the items not reviewed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="72" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="72" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="72" />
      <source>Decided by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="72" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="73" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="74" />
      <source>Items to review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="98" />
      <source>There is nothing to review: the register has no processing activities, processors, DPIAs, policies or purposes relying on consent yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="105" />
      <source>&amp;Confirm unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="106" />
      <source>The selected records are still true as they are</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="107" />
      <source>&amp;Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="108" />
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="270" />
      <source>Open the record in its editor; saving a change marks it updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="109" />
      <source>&amp;Retire…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="110" />
      <source>The selected records no longer apply: they are kept in the history, but no longer active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="112" />
      <source>&amp;Undo confirmation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="113" />
      <source>Take back “Confirmed unchanged” for the selected records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="114" />
      <source>Confirm &amp;all remaining…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="115" />
      <source>Confirm every item not reviewed yet as unchanged, except those that need your attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="154" />
      <source>{0} of {1} reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="157" />
      <source>{0} confirmed unchanged · {1} updated · {2} retired · {3} not reviewed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="161" />
      <source>&lt;b&gt;{0} need your attention&lt;/b&gt; (marked “Needs attention”): open each one, or confirm it with a note. “Confirm all remaining” leaves them to you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="186" />
      <source>{0} — {1} of {2} reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="196" />
      <source>In bulk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="205" />
      <source>Needs attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="244" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="244" />
      <source>Breach clock running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="245" />
      <source>Gap in the record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="260" />
      <source>Take back “Confirmed unchanged” for the selected records. To undo a retirement, open the record (Edit…) and set its status back: it then counts as updated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="266" />
      <source>Consent purposes have no editor of their own: this shows the consent records for this purpose on the Consents page. Changing any of them marks the purpose as updated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="292" />
      <source>Confirm unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="306" />
      <source>Undo confirmation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="317" />
      <source>Retire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="324" />
      <source>Confirm the {0} items not reviewed yet as unchanged?

Do this only once you have checked that each one is still true. You can undo a confirmation until the review is closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="328" />
      <source>{0} more need your attention and are left for you: open each one, or confirm it with a note.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="330" />
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="331" />
      <source>Confirm all remaining</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="330" />
      <source>Confirm all</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LinkWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/choices.py" line="148" />
      <source>#{0} (no longer in the register)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LinksWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="190" />
      <source>Search {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="192" />
      <source>Search {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="211" />
      <source>#{0} (no longer in the register)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="230" />
      <source>{0} selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="231" />
      <source>There are no {0} yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="96" />
      <source>Registers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="45" />
      <source>Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="46" />
      <source>Processing activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="47" />
      <source>Processors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="48" />
      <source>DPIAs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="49" />
      <source>Breaches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="50" />
      <source>Rights requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="51" />
      <source>Consents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="52" />
      <source>Staff &amp; training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="53" />
      <source>Policies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="54" />
      <source>Annual reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="55" />
      <source>Audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="57" />
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="267" />
      <source>Atlas Desktop — locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="270" />
      <source>{0} — Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="277" />
      <source>Signed in as {0} ({1}) · {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="280" />
      <source>Outbox on this computer · encrypted · for {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="281" />
      <source>Register: {0} · encrypted</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="53" />
      <source>Confirm with a note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="57" />
      <source>This record needs your attention before you confirm it unchanged:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="58" />
      <source>These {0} records need your attention before you confirm them unchanged:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="64" />
      <source>…and {0} more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="66" />
      <source>If it is right as it is, say why in a note: the note, your name and the time are kept with the decision and printed in the signed review. Otherwise, cancel and open the record to put it right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="69" />
      <source>For example: the contract was renewed in May; the new date is being added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="71" />
      <source>Why it stands as it is (required)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="72" />
      <source>&amp;Why it stands as it is (required):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="77" />
      <source>Confirm with this note</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NoticePanel</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="57" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="57" />
      <source>Attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="58" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="58" />
      <source>Information</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OrganisationEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="94" />
      <source>Do you need a DPO? (Art. 37)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="95" />
      <source>Must you keep a record of processing? (Art. 30(5))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="140" />
      <source>You have one: their details go under “Data protection contact”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="37" />
      <source>Manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="38" />
      <source>adds and removes people, and changes records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="39" />
      <source>Editor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="39" />
      <source>adds and changes records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="40" />
      <source>Reader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="40" />
      <source>reads the register only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="125" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="125" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="126" />
      <source>Can sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="126" />
      <source>Has key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="53" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="53" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="64" />
      <source>Change {0}'s role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="64" />
      <source>Add a person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="66" />
      <source>The new role applies at once. Their copy of the team key is made again, so they also get a new password: give it to them in person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="68" />
      <source>They sign in with this name and password, and get their own copy of the team key. Every change they make is recorded under their name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="75" />
      <source>Sign-in name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="76" />
      <source>e.g. ana.pop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="77" />
      <source>2 to 41 lower-case letters, digits, '.', '-' or '_', starting with a letter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="79" />
      <source>Sign-in &amp;name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="85" />
      <source>&amp;Role:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="87" />
      <source>Their password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="87" />
      <source>Their new password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="93" />
      <source>&amp;Change role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="94" />
      <source>&amp;Add person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="104" />
      <source>Type their sign-in name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="114" />
      <source>Changing {0}'s role…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="114" />
      <source>Adding {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="133" />
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="140" />
      <source>Who can sign in to this team register, and what each may do: managers add and remove people and change records, editors add and change records, readers only read. “Can sign in”: the server lets them in. “Has key”: they hold their copy of the team key, without which they cannot open the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="148" />
      <source>People in this team register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="161" />
      <source>&amp;Add person…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="162" />
      <source>Let someone sign in: their name, role and first password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="163" />
      <source>Change &amp;role…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="164" />
      <location filename="../../atlas_desktop/gui/team_people.py" line="225" />
      <source>Give the selected person another role (and a new password).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="165" />
      <source>Re&amp;move…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="166" />
      <location filename="../../atlas_desktop/gui/team_people.py" line="226" />
      <source>The selected person can no longer sign in; what they recorded stays.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="198" />
      <source> (you)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="207" />
      <source>1 person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="207" />
      <source>{0} people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="224" />
      <source>You cannot change your own role or remove yourself: ask another manager.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="258" />
      <location filename="../../atlas_desktop/gui/team_people.py" line="261" />
      <source>Remove {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="259" />
      <source>{0} will no longer be able to sign in to this team register, and their copy of the team key is deleted. What they recorded, and the audit trail naming them, stay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="269" />
      <source>Removing {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="270" />
      <source>{0} was not removed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProblemBox</name>
    <message>
      <location filename="../../atlas_desktop/gui/problem_box.py" line="32" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/problem_box.py" line="36" />
      <source>Problem details</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProblemSummary</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/summary.py" line="32" />
      <source>Problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/summary.py" line="42" />
      <source>Problems to fix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/summary.py" line="57" />
      <source>Go to this field</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QObject</name>
    <message>
      <location filename="../../atlas_desktop/gui/tasks.py" line="79" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordTableModel</name>
    <message>
      <location filename="../../atlas_desktop/gui/tablemodel.py" line="353" />
      <source>Nothing due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tablerows.py" line="66" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tablerows.py" line="68" />
      <source>Due soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tableheader.py" line="35" />
      <source>Attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tableheader.py" line="37" />
      <source>{0} (weekends only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tableheader.py" line="41" />
      <source>Overdue or due soon, judged as the dashboard judges it. Sorting by this column sorts by the deadline.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tableheader.py" line="45" />
      <source>The dates shown are {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tablerows.py" line="247" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tablerows.py" line="247" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RegisterView</name>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="111" />
      <source>&amp;New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="112" />
      <source>Add a new {0} (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="113" />
      <source>Ed&amp;it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="115" />
      <source>Open the selected {0} (Enter or double-click)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="116" />
      <source>D&amp;uplicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="118" />
      <source>Copy the selected {0} as a new one (Ctrl+D)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="120" />
      <source>De&amp;lete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="121" />
      <source>Delete the selected {0} (Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="144" />
      <source>Filter…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="146" />
      <source>Filter {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="147" />
      <source>Show only records containing this text (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="152" />
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="158" />
      <source>&amp;{0}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="160" />
      <source>Show {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="168" />
      <source>Number of records shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="241" />
      <source>Could not duplicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="255" />
      <location filename="../../atlas_desktop/gui/registerview.py" line="267" />
      <source>Could not delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="260" />
      <source>Delete the {0} "{1}"?

Its attachments are deleted too. The audit trail keeps a record of the deletion.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="262" />
      <source>Delete {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="262" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_count.py" line="30" />
      <source>Type at least {0} characters to search {1} {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_count.py" line="33" />
      <source>{0} {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_count.py" line="35" />
      <source>{0} of {1} {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="26" />
      <source>No {0} yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="29" />
      <source>There are no {0} yet. To record the first one, choose New (Ctrl+N).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="35" />
      <source>New {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="59" />
      <source>There are no {0} yet. Most offices do some of those below: tick yours, and Atlas adds each one filled in with the usual lawful basis, data, recipients and retention, as a starting point to check and adjust. Or start from scratch (Ctrl+N).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="62" />
      <source>Start from scratch…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RetireDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="21" />
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="38" />
      <source>Retire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="25" />
      <source>and {0} more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="26" />
      <source>Retire {0}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="31" />
      <source>For example: the contract ended in March</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="32" />
      <source>Why it is retired (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="33" />
      <source>&amp;Why (optional):</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReverseLinksWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="280" />
      <source>Linked from each {0}'s “{1}”; double-click one to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="297" />
      <source>None yet</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="60" />
      <location filename="../../atlas_desktop/gui/review/window.py" line="226" />
      <source>Annual data protection review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="69" />
      <source>Every decision is saved as you make it. Pause whenever you like: close this window and carry on later, even after a lock or on another day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="71" />
      <source>&lt; &amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="73" />
      <source>&amp;Next &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="75" />
      <location filename="../../atlas_desktop/gui/review/window.py" line="198" />
      <source>&amp;Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="76" />
      <source>Close this window; the review keeps every decision made so far</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="110" />
      <source>&amp;Start the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="131" />
      <source>Steps of the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="170" />
      <location filename="../../atlas_desktop/gui/review/window.py" line="225" />
      <source>Annual review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="183" />
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="183" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="184" />
      <source>{0} · started {1} by {2} · the figures cover {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="190" />
      <source>1. Records ({0} of {1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="190" />
      <source>2. The year's figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="191" />
      <source>3. Changes since last time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="192" />
      <source>4. Close and sign</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="192" />
      <source>4. Review pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="198" />
      <location filename="../../atlas_desktop/gui/review/window.py" line="231" />
      <source>C&amp;lose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="209" />
      <source>The last review, {0}, was closed on {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="211" />
      <source>This will be the first review of this register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="213" />
      <source>Once a year, go through every record that describes your ongoing processing and say whether it is still true, needs updating, or no longer applies. The GDPR asks you to be able to show that you comply (Art. 5(2)) and to review and update your measures where necessary (Art. 24(1)): this review is that check, written down and signed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="217" />
      <source>It covers:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="218" />
      <source>It also counts the year's figures for {0}: breaches, rights requests, staff training and what the checks find open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="220" />
      <source>You can pause at any time. Every decision is saved as you make it, and the review waits for you, across days and locks, until you close it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="222" />
      <source>When every record is decided, closing the review dates each record's next review and makes a signed review pack.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="227" />
      <source>No review is in progress.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="261" />
      <source>Counting the year's figures…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="264" />
      <source>Counting the year's figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="285" />
      <source>Start the review</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewsPage</name>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="45" />
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="70" />
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="92" />
      <source>Annual reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="49" />
      <source>Once a year, confirm, update or retire every activity, processor, DPIA, policy and purpose relying on consent, and look back at the year's breaches, requests and training (Art. 5(2), 24(1)). Each closed review keeps its signed pack; save it again whenever you need it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="54" />
      <source>&amp;Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="55" />
      <source>Show the selected review: its records, figures and changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="58" />
      <source>&amp;Save pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="59" />
      <source>Save the selected closed review's signed pack (a zip) to a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="68" />
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="68" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="68" />
      <source>Figures cover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="69" />
      <source>Started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="69" />
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="139" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="69" />
      <source>Records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="84" />
      <source>No review yet. The first one takes an afternoon: you go through each record, mark it confirmed, updated or retired, and look at the year's figures. You can pause whenever you like.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="87" />
      <source>Start the first review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="138" />
      <source>In progress: {0} of {1} reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="140" />
      <source>{0}: {1} confirmed, {2} updated, {3} retired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="142" />
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="143" />
      <source>{0} by {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="145" />
      <source>{0} – today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="162" />
      <source>&amp;Continue the review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="162" />
      <source>S&amp;tart a review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="163" />
      <source>Open the review in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="164" />
      <source>Start this year's review</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RichEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rich.py" line="89" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rich.py" line="89" />
      <source>Attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rich.py" line="90" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rich.py" line="90" />
      <source>Information</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RightsRequestEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="59" />
      <source>The one-month clock has not started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="60" />
      <source>It starts on the day the request arrives: fill in “Received on” (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="62" />
      <source>Working out the due date…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="67" />
      <source> Extended by two months; the person was told on {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="69" />
      <source> Extended by two months: tell the person, with your reasons, by {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="77" />
      <source>Answered late, on {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="78" />
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="81" />
      <source>It was due on {0}, {1} (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="83" />
      <source>Due on {0}: one month from receipt{1}, {2} (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="79" />
      <source> on {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="80" />
      <source>Finished{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="84" />
      <source>, plus two months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="86" />
      <source> To skip public holidays too, choose your country under Organisation → Dates and deadlines.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="89" />
      <source>Overdue by {0} days: answer it now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="91" />
      <source>Due today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="93" />
      <source>1 day left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="93" />
      <source>{0} days left</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RiskMatrix</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="65" />
      <source>Risk matrix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="92" />
      <source>No risk has a likelihood and a severity yet, so none is plotted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="96" />
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="231" />
      <source>before the measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="97" />
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="231" />
      <source>after the measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="99" />
      <source>{0} × {1} = {2} {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="102" />
      <source>Risk {0}{1}: likelihood × severity {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="103" />
      <source>; </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="149" />
      <source>Severity →</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="154" />
      <source>Likelihood →</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScreeningWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dpia.py" line="48" />
      <source>Note on {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="78" />
      <source>{0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="79" />
      <source>{0}: {1} items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="100" />
      <source>Show {0} more (of {1} left)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SectionNav</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/sections.py" line="47" />
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/sections.py" line="115" />
      <source>{0} ({1} to fix)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="43" />
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="149" />
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="166" />
      <source>Preferences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="55" />
      <source>Your name for the audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="56" />
      <source>Written next to every change you make, so the audit trail shows who did what (Art. 5(2) accountability). Leave it empty to use the name recorded in the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="59" />
      <source>&amp;Your name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="64" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="65" />
      <source>Never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="66" />
      <source>Lock after idle minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="67" />
      <source>Atlas locks itself after this many minutes without use, and when the computer sleeps or the screen locks (Art. 32 security).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="69" />
      <source>&amp;Lock after:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="73" />
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="141" />
      <source>Backup folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="74" />
      <source>Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="75" />
      <source>Choose the backup folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="82" />
      <source>&amp;Backup folder:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="89" />
      <source> h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="90" />
      <source>Back up every hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="91" />
      <source>How often an encrypted backup is made automatically while the register is open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="93" />
      <source>Back up &amp;every:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="98" />
      <source>Backups to keep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="99" />
      <source>Backups to &amp;keep:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="105" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="106" />
      <source>L&amp;anguage:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="108" />
      <source>Remember this register on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="109" />
      <source>Remember on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="110" />
      <source>Opens without the passphrase for your user account on this computer, using the system's secure keyring. Anyone who can log in as you can then open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="120" />
      <source>A team register opens only with your password: Atlas keeps no password or key for it on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="123" />
      <source>In a team register the audit trail names you by your sign-in ({0}); this name is used for registers on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="127" />
      <source>No secure keyring is available on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="134" />
      <source>These settings belong to this computer. They hold no register data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="149" />
      <source>The backup folder must be a full path.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TableWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="92" />
      <source>{0}: rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="98" />
      <source>Add row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="99" />
      <source>Add a row to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="101" />
      <source>Remove row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="102" />
      <source>Remove the selected row of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="164" />
      <source>Row {0} of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="173" />
      <source>No rows yet: press Add row.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="174" />
      <source>Select a row to edit it below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="183" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="183" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TagsWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="101" />
      <source>{0}: entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="106" />
      <source>Type an entry and press Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="114" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="115" />
      <source>Add to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="117" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="118" />
      <source>Remove from {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>YourNameDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="33" />
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="34" />
      <source>No name is recorded for you in this register yet. Atlas writes it in the audit trail next to each change and on sign-offs, so the office can show who did what (Art. 5(2), 30). Until you give it, changes are recorded as “{0}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="40" />
      <source>e.g. Ana Popescu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="41" />
      <source>Your name, shown in the audit trail and on sign-offs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="43" />
      <source>e.g. Office manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="44" />
      <source>Your role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="45" />
      <source>Your na&amp;me:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="46" />
      <source>Your &amp;role:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="49" />
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="50" />
      <source>Not &amp;now</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>_Combo</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/choices.py" line="46" />
      <source>— not set —</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>body</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/sections.py" line="159" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>owner</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="43" />
      <source>Pick a date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="44" />
      <source>Pick a date from a calendar</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="29" />
      <source>Record of processing activities (Art. 30)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="30" />
      <source>DPIA (Art. 35)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="31" />
      <source>Breach notification pack (Art. 33–34)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="32" />
      <source>Breach register (Art. 33(5))…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="33" />
      <source>Processors and DPAs (Art. 28)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="34" />
      <source>Staff training (Art. 32(4))…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="35" />
      <source>Rights requests (Art. 12–22)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="39" />
      <source>Reading the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="39" />
      <source>Laying out the pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="40" />
      <source>Signing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="63" />
      <source>Nothing to report on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="64" />
      <source>There are no {0} yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="69" />
      <source>Which {0}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="93" />
      <source>Save the signed report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="93" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="112" />
      <source>Report signed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="113" />
      <source>The signed report was written to
{0}

It is not encrypted: keep it somewhere safe. Open it now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="121" />
      <source>The report was not written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="123" />
      <source>Building and signing the report…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>review_packs</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="23" />
      <source>Writing the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="24" />
      <source>Writing the record of processing activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="25" />
      <source>Writing the spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="25" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="36" />
      <source>Save the review pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="37" />
      <source>Review pack (*.zip)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="45" />
      <source>The review pack was saved as
{0}

It holds the signed review, the signed record of processing activities and the full spreadsheet, with a manifest of their SHA-256 hashes. It is not encrypted: keep it somewhere safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="75" />
      <source>Closing the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="82" />
      <source>Review closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="83" />
      <source>The review is closed and signed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="89" />
      <source>The review was not closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="91" />
      <source>Closing the review and signing the pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="109" />
      <source>No pack yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="110" />
      <source>{0} is still in progress: its pack is made when it is closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="118" />
      <source>Saving the review pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="123" />
      <source>The pack was not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="125" />
      <source>Saving the review pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="126" />
      <source>Pack saved</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>spec</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1" />
      <source>1 minimal, 2 significant, 3 serious, 4 severe or permanent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="2" />
      <source>1 remote, 2 possible, 3 likely, 4 almost certain.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="3" />
      <source>12 means at least once a year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="4" />
      <source>12 means once a year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="5" />
      <source>1–4, with the measures in place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="7" />
      <source>A client's: we process it on their behalf (processor)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="8" />
      <source>A core activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="9" />
      <source>A data protection impact assessment for processing likely to result in a high risk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="10" />
      <source>A ministry, council, public school or hospital, or another body under public law. Courts acting as courts are not counted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="11" />
      <source>A phone number for data-protection matters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="12" />
      <source>A request from someone to see, correct, erase, move or stop the use of their data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="13" />
      <source>A security incident that led to personal data being lost, destroyed, altered, disclosed or accessed without authorisation. Every breach is recorded, notified or not (Art. 33(5)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="14" />
      <source>A service provider that handles personal data for you (payroll, hosting, email, payments…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="15" />
      <source>A short name, e.g. Laptop stolen from car.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="16" />
      <source>A short name, e.g. Payroll.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="17" />
      <source>About telling them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="18" />
      <source>About the automated decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="19" />
      <source>Accepted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="20" />
      <source>Access control: only those who need it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="21" />
      <source>Access logging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="22" />
      <source>Access to their data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="23" />
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="24" />
      <source>Activities affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="25" />
      <source>Activities concerned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="26" />
      <source>Activities served</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="27" />
      <source>Activities that use this processor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="28" />
      <source>Activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="29" />
      <source>Acts only on our documented instructions, transfers included</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="30" />
      <source>Added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="31" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="32" />
      <source>Address, email or phone of the representative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="33" />
      <source>Adequacy decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="34" />
      <source>Advice given by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="35" />
      <source>Advice of the DPO or person responsible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="36" />
      <source>An email address people and the authority can reach you at.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="37" />
      <source>An up-to-date backup restored it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="38" />
      <source>Answer due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="39" />
      <source>Answer received on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="40" />
      <source>Answer sent on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="41" />
      <source>Answer to a rights request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="42" />
      <source>Answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="43" />
      <source>Answering messages sent through the website or by email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="44" />
      <source>Any registration or case number the authority gave you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="45" />
      <source>Anything else worth keeping, e.g. how identity was checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="46" />
      <source>Anything else worth keeping.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="47" />
      <source>Anything the checklist does not say.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="48" />
      <source>Anything the number does not say, e.g. “until the permit expires” or the law that sets it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="49" />
      <source>Approved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="50" />
      <source>Approved by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="51" />
      <source>Approved certification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="52" />
      <source>Approved code of conduct</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="53" />
      <source>Approved on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="54" />
      <source>Approximate number of people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="55" />
      <source>Approximate number of records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="56" />
      <source>Archiving, research or statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="57" />
      <source>Art. 9(2) condition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="58" />
      <source>Assessed risk to people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="59" />
      <source>Auditors and accountants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="60" />
      <source>Authority extended its deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="61" />
      <source>Authority's answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="62" />
      <source>Authority's contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="63" />
      <source>Authority's reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="64" />
      <source>Automated decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="65" />
      <source>Automated decisions with legal or similarly significant effect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="66" />
      <source>Availability: lost or destroyed, even temporarily</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="67" />
      <source>Awaiting sign-off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="68" />
      <source>Backups and restore tested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="69" />
      <source>Balancing test (LIA)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="70" />
      <source>Bank and financial details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="71" />
      <source>Banks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="72" />
      <source>Became aware at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="73" />
      <source>Becoming aware plus 72 hours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="74" />
      <source>Becoming aware plus the hours above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="75" />
      <source>Behavioural data: location, traffic, habits, preferences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="76" />
      <source>Below the age of digital consent: the parent or guardian who gave or authorised consent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="77" />
      <source>Binding corporate rules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="78" />
      <source>Biometric data used to identify someone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="79" />
      <source>Breach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="80" />
      <source>Breaches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="81" />
      <source>Briefly, then restored without difficulty (e.g. from a backup)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="82" />
      <source>Business function</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="83" />
      <source>CCTV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="84" />
      <source>Cameras protecting the premises</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="85" />
      <source>Cannot be ruled out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="86" />
      <source>Categories of data subjects, e.g. Employees, Customers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="87" />
      <source>Categories of personal data concerned.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="88" />
      <source>Categories of personal data, e.g. Contact details, Bank details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="89" />
      <source>Cause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="90" />
      <source>Cause not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="91" />
      <source>Certificate number or where the proof is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="92" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="93" />
      <source>Changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="94" />
      <source>Changed and possibly used wrongly; the correct data can be restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="95" />
      <source>Changed and possibly used wrongly; the correct data cannot be restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="96" />
      <source>Changed, but put right with no sign that the wrong data was used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="97" />
      <source>Changes notified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="98" />
      <source>Children</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="99" />
      <source>Children or vulnerable people affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="100" />
      <source>Clauses authorised by the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="101" />
      <source>Clauses in the DPA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="102" />
      <source>Client (controller)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="103" />
      <source>Client told at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="104" />
      <source>Client's contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="105" />
      <source>Clients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="106" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="107" />
      <source>Closing of the account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="108" />
      <source>Collected through the person's employer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="109" />
      <source>Collection: when the data was collected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="110" />
      <source>Completed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="111" />
      <source>Completed on plus the validity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="112" />
      <source>Confidentiality, integrity and/or availability.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="113" />
      <source>Confidentiality: disclosed or accessed without authorisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="114" />
      <source>Confirmed unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="115" />
      <source>Consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="116" />
      <source>Consent record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="117" />
      <source>Consents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="118" />
      <source>Consider a DPIA: one criterion met; record why not</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="119" />
      <source>Consult the authority first (residual risk high)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="120" />
      <source>Consultation sent on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="121" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="122" />
      <source>Contact details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="123" />
      <source>Contact point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="124" />
      <source>Contained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="125" />
      <source>Containment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="126" />
      <source>Content of messages and calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="127" />
      <source>Contract</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="128" />
      <source>Contract ended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="129" />
      <source>Contractors and freelancers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="130" />
      <source>Controller</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="131" />
      <source>Controller: we decide why and how</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="132" />
      <source>Controllers we act for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="133" />
      <source>Correction (rectification)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="134" />
      <source>Could others see the data?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="135" />
      <source>Counted from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="136" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="137" />
      <source>Course</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="138" />
      <source>Courts and police, on legal request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="139" />
      <source>Criminal-offence data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="140" />
      <source>Criterion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="141" />
      <source>Current staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="142" />
      <source>Current staff are included in training coverage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="143" />
      <source>Customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="144" />
      <source>Customers and invoicing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="145" />
      <source>Cyber incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="146" />
      <source>DPA document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="147" />
      <source>DPA signed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="148" />
      <source>DPIA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="149" />
      <source>DPIA required by law: one of the cases of Art. 35(3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="150" />
      <source>DPIA required: two or more criteria met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="151" />
      <source>DPIA screening criteria met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="152" />
      <source>DPIAs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="153" />
      <source>DPIAs (Art. 35)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="154" />
      <source>DPIAs carried out for this activity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="155" />
      <source>DPO</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="156" />
      <source>DPO's contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="157" />
      <source>Data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="158" />
      <source>Data about vulnerable people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="159" />
      <source>Data exfiltration attack (hacking)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="160" />
      <source>Data involved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="161" />
      <source>Data portability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="162" />
      <source>Data processed on a large scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="163" />
      <source>Data-protection training completed by staff; refreshers expire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="164" />
      <source>Date and time of the event.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="165" />
      <source>Days, weeks, months or years.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="166" />
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="167" />
      <source>Deadlines and dates are shown in this time zone, e.g. Europe/Bucharest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="168" />
      <source>Deadlines skip this country's public holidays. Until you set it, they skip weekends only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="169" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="170" />
      <source>Decisions made solely by a computer with legal or similarly significant effects.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="171" />
      <source>Deleted on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="172" />
      <source>Deletes or returns all data at the end, as we choose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="173" />
      <source>Derogation: compelling legitimate interests (not repetitive, few people)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="174" />
      <source>Derogation: contract in the person's interest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="175" />
      <source>Derogation: explicit consent to the transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="176" />
      <source>Derogation: important public interest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="177" />
      <source>Derogation: legal claims</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="178" />
      <source>Derogation: necessary for a contract with the person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="179" />
      <source>Derogation: public register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="180" />
      <source>Derogation: vital interests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="181" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="182" />
      <source>Description of the processing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="183" />
      <source>Directly: e.g. a full name with an address, an ID number or a photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="184" />
      <source>Discovered at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="185" />
      <source>Do not proceed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="186" />
      <source>Document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="187" />
      <source>Done as asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="188" />
      <source>Done on purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="189" />
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="190" />
      <source>Driving licence data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="191" />
      <source>Due on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="192" />
      <source>EU representative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="193" />
      <source>Each WP248 criterion, met or not, with a note.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="194" />
      <source>Each notice of a new or replaced sub-processor, with your decision.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="195" />
      <source>Each purpose with its lawful basis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="196" />
      <source>Each risk to people, before and after the measures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="197" />
      <source>Each transfer to a country outside the EEA or an international organisation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="198" />
      <source>Education, CVs and training certificates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="199" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="200" />
      <source>Emailing the newsletter and offers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="201" />
      <source>Employees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="202" />
      <source>Employment records (contract, pay, appraisals)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="203" />
      <source>Employment, social security and social protection law</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="204" />
      <source>Encryption (devices, backups, connections)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="205" />
      <source>End of employment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="206" />
      <source>End of the contract</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="207" />
      <source>End of the processing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="208" />
      <source>Ended on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="209" />
      <source>Erasure ('right to be forgotten')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="210" />
      <source>Evaluating people's behaviour or traits automatically.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="211" />
      <source>Evaluation or scoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="212" />
      <source>Everyone who handles personal data for you, so that their training can be followed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="213" />
      <source>Evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="214" />
      <source>Exemption relied on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="215" />
      <source>Expires on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="216" />
      <source>Explicit consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="217" />
      <source>Exposed, with no sign that anyone saw or used it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="218" />
      <source>Extended by two months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="219" />
      <source>External recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="220" />
      <source>Fairly easily: e.g. a name with a town, or an account number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="269" />
      <source>How long, as a number, e.g. 6 (with the unit: years).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="270" />
      <source>How many people, as a rule, constantly handle personal data by computer. Some countries make a DPO compulsory above a number (Germany: 20, § 38 BDSG).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="304" />
      <source>Job applications, CVs and interviews; a talent pool</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="363" />
      <source>Newsletter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="371" />
      <source>Non-essential cookies, e.g. visitor statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="380" />
      <source>Number of employees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="385" />
      <source>One month from receipt (three if extended), moved past weekends and the public holidays of the country you set (Organisation → Dates and deadlines); with none set, weekends only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="396" />
      <source>Ordering from and paying suppliers; their contact persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="397" />
      <source>Orders, delivery, invoices, payments and reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="416" />
      <source>Paying salaries, tax and social-security contributions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="418" />
      <source>Payroll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="429" />
      <source>Personnel files: contracts, working time, absences, training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="475" />
      <source>Recruitment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="548" />
      <source>Staff records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="557" />
      <source>Suppliers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="565" />
      <source>The authority may take 6 more weeks for complex cases; it must tell you so, with its reasons, within one month of receiving your request.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="640" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="660" />
      <source>Website contact form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="661" />
      <source>Website cookies and analytics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="747" />
      <source>With one criterion met, record why no DPIA is needed. With two or more, a DPIA is expected; only in a case like WP248's own examples (e.g. a single doctor's patient files, Recital 91) write here why the risk is not high. It cannot lift a DPIA that Art. 35(3) requires.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="748" />
      <source>With some effort: e.g. a common first name, no other detail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="749" />
      <source>With the Art. 34(3)(c) exemption: when the public communication was made. It replaces the individual letters; it does not remove the duty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="750" />
      <source>Withdrawal of consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="774" />
      <source>months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="775" />
      <source>moved past {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="776" />
      <source>weekends and public holidays of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="777" />
      <source>weekends and public holidays of {0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="778" />
      <source>weekends only — set your country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="779" />
      <source>weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="780" />
      <source>years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="221" />
      <source>File name, link or folder of the policy text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="6" />
      <source>8 weeks after sending (14 if extended), moved past weekends and the public holidays of the country you set (Organisation → Dates and deadlines).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="222" />
      <source>Final report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="223" />
      <source>Finance and accounting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="224" />
      <source>Financial data: income, transactions, bank or card details, ID documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="225" />
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="226" />
      <source>Follows the sub-processor rules (authorisation, notice, same obligations)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="227" />
      <source>For a joint controller: the others' names and contact details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="228" />
      <source>For a processing that has ended: when this data was deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="229" />
      <source>For a processor: each client you process for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="230" />
      <source>For a retired activity: when the processing stopped. Retention counted from the end of the processing starts here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="231" />
      <source>For a while: restored only after days or with real effort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="232" />
      <source>For attacks (ransomware, hacking): whether data left your systems.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="233" />
      <source>For complex or numerous requests; tell the person within the first month, with reasons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="234" />
      <source>For good: some of it cannot be recovered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="235" />
      <source>Form ID, log line or email kept as proof.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="236" />
      <source>Former staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="237" />
      <source>Found in an audit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="238" />
      <source>From the data alone, or with data the recipient can easily find. Not answered counts as “directly”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="239" />
      <source>Full name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="240" />
      <source>Genetic data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="241" />
      <source>Given at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="242" />
      <source>Given by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="243" />
      <source>Given for an online service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="244" />
      <source>Given or authorised by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="245" />
      <source>Gives us information and allows audits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="246" />
      <source>HR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="247" />
      <source>Handles special-category data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="248" />
      <source>Happened from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="249" />
      <source>Happened until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="250" />
      <source>Hardly: it would take a great deal of effort to know who they are</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="251" />
      <source>Head count. Under 250, the record of processing may be optional (Art. 30(5)); Atlas tells you whether it is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="252" />
      <source>Health data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="253" />
      <source>Health, biometric or other Art. 9 data, or criminal data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="254" />
      <source>Helps us answer data-subject requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="255" />
      <source>Helps us with security, breaches, DPIAs and consultation (Art. 32–36)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="256" />
      <source>High</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="257" />
      <source>High means the authority must be consulted before processing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="258" />
      <source>High risk: notify the authority and the people affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="259" />
      <source>High: significant consequences, overcome with serious difficulty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="260" />
      <source>Highest risk after measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="261" />
      <source>Hours to tell the client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="262" />
      <source>How</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="263" />
      <source>How consent was given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="264" />
      <source>How easily people can be identified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="265" />
      <source>How it was checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="266" />
      <source>How it was discovered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="267" />
      <source>How long before a refresher is due; 12 is common.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="268" />
      <source>How long each category of data is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="271" />
      <source>How they were told</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="272" />
      <source>How to reach that person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="273" />
      <source>How to reach the DPO.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="274" />
      <source>How to reply to them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="275" />
      <source>ID card or passport numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="276" />
      <source>IT support</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="277" />
      <source>Identification data (name, date of birth)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="278" />
      <source>Identity verified on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="279" />
      <source>If they process outside the EEA: what makes it lawful.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="280" />
      <source>If you process the data for a client, the client (the controller) notifies the authority; you must tell the client without undue delay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="281" />
      <source>If you rely on legitimate interests: what the interest is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="282" />
      <source>Impact on people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="283" />
      <source>In person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="284" />
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="285" />
      <source>In the app</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="286" />
      <source>In this case, the data reveals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="287" />
      <source>In words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="288" />
      <source>Individual notice is disproportionate: a public communication is used instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="289" />
      <source>Information may be given in phases.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="290" />
      <source>Information shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="291" />
      <source>Initial report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="292" />
      <source>Initial, follow-up or final.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="293" />
      <source>Innovative use or new technology</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="294" />
      <source>Instead of telling them, if one of the three exemptions applies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="295" />
      <source>Insurance data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="296" />
      <source>Insurers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="297" />
      <source>Integrity: altered without authorisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="298" />
      <source>Internal human error or misuse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="299" />
      <source>Internal recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="300" />
      <source>Its breach-notification address or portal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="301" />
      <source>Its staff are bound to confidentiality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="302" />
      <source>Its written advice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="303" />
      <source>Job applicants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="305" />
      <source>Job title or role, e.g. Dispatcher.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="306" />
      <source>Joint controller: we decide together with others</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="307" />
      <source>Joint controllers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="308" />
      <source>Keep ended contracts for the record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="309" />
      <source>Kept for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="310" />
      <source>Kind of data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="311" />
      <source>Labour inspectorate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="312" />
      <source>Last contact with the person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="313" />
      <source>Last review (or approval) plus the review cycle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="314" />
      <source>Last review (or sign-off) plus 12 months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="315" />
      <source>Last review plus the interval.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="316" />
      <source>Last reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="317" />
      <source>Last reviewed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="318" />
      <source>Last reviewed plus the review interval.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="319" />
      <source>Last security review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="320" />
      <source>Later measures mean the high risk is no longer likely</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="321" />
      <source>Lawful basis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="322" />
      <source>Left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="323" />
      <source>Legal authority for it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="324" />
      <source>Legal claims or courts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="325" />
      <source>Legal obligation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="326" />
      <source>Legitimate interest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="327" />
      <source>Legitimate interests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="328" />
      <source>Less than usual: e.g. it was already public, or too little to learn anything</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="329" />
      <source>Letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="330" />
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="331" />
      <source>Level after measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="332" />
      <source>Likelihood (1–4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="333" />
      <source>Likelihood after measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="334" />
      <source>Likelihood × severity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="335" />
      <source>Likely consequences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="336" />
      <source>Location data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="337" />
      <source>Locations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="338" />
      <source>Locked premises and cabinets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="339" />
      <source>Lost or stolen device or paper documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="340" />
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="341" />
      <source>Low: at most a few inconveniences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="342" />
      <source>Made manifestly public by the person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="343" />
      <source>Management</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="344" />
      <source>Many people, much data, a long time or a wide area: e.g. a hospital's patients, a city's travellers (WP243 § 2.1.3). A single doctor or lawyer is not large scale (Recital 91).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="345" />
      <source>Matching or combining datasets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="346" />
      <source>Measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="347" />
      <source>Measures taken or proposed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="348" />
      <source>Mechanism</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="349" />
      <source>Medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="350" />
      <source>Medium: significant inconveniences, overcome with some difficulty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="351" />
      <source>Members of a not-for-profit body</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="352" />
      <source>Met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="353" />
      <source>Mispostal (sent to the wrong person)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="354" />
      <source>Monitors a publicly accessible area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="355" />
      <source>More than usual: e.g. a list of patients' names, or signs of money trouble</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="356" />
      <source>Must be within the first month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="357" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="358" />
      <source>Name of the Data Protection Officer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="359" />
      <source>Name of the course or session.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="360" />
      <source>Necessity and proportionality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="361" />
      <source>Needed when availability was affected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="362" />
      <source>Needed when integrity was affected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="364" />
      <source>Newsletter subscribers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="365" />
      <source>Next review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="366" />
      <source>Next review due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="367" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="368" />
      <source>No DPIA needed: no criterion met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="369" />
      <source>No DPIA: two or more criteria met, but the reason a DPIA is not needed is recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="370" />
      <source>No: nobody outside could see it (e.g. ransomware, exfiltration ruled out)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="372" />
      <source>Not decided yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="373" />
      <source>Not reviewed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="374" />
      <source>Not to be subject to an automated decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="375" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="376" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="377" />
      <source>Notice received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="378" />
      <source>Notified at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="379" />
      <source>Notify the authority?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="381" />
      <source>Object by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="382" />
      <source>Objected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="383" />
      <source>Objection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="384" />
      <source>On a large scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="386" />
      <source>One of the nine WP248 criteria.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="387" />
      <source>One or more Art. 6(1) bases for this purpose.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="388" />
      <source>Online identifiers (IP address, cookies, account IDs)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="389" />
      <source>Only approved policies apply.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="390" />
      <source>Only if you are outside the EU but serve people in it: your representative in the EU.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="391" />
      <source>Only if you disagree with the assessed risk: choose your level and write why below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="392" />
      <source>Only occasional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="393" />
      <source>Open while you investigate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="394" />
      <source>Open: investigating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="395" />
      <source>Optional region code for regional holidays (e.g. BY for Bavaria).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="398" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="399" />
      <source>Organisation name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="400" />
      <source>Organisations outside you that receive it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="401" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="402" />
      <source>Other processing affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="403" />
      <source>Our main business handles sensitive data on a large scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="404" />
      <source>Our main business monitors people on a large scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="405" />
      <source>Our processors (service providers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="406" />
      <source>Our reference with the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="407" />
      <source>Our role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="408" />
      <source>Ours: we decide why and how the data is used (controller)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="409" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="410" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="411" />
      <source>Part of what the office exists to do, not a support function such as payroll or IT (WP243 § 2.1.2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="412" />
      <source>Partly done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="413" />
      <source>Password policy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="414" />
      <source>Passwords and sign-in details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="415" />
      <source>Patients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="417" />
      <source>Payment card data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="419" />
      <source>People affected (approx.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="420" />
      <source>People concerned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="421" />
      <source>People depend on our service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="422" />
      <source>People involved, so their training can be shown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="423" />
      <source>People told at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="424" />
      <source>People who work with personal data on computers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="425" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="426" />
      <source>Person responsible for data protection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="427" />
      <source>Person told of the extension on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="428" />
      <source>Personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="430" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="431" />
      <source>Photos and video (including CCTV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="432" />
      <source>Planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="433" />
      <source>Policies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="434" />
      <source>Policies (Art. 24(2))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="435" />
      <source>Policy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="436" />
      <source>Political opinions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="437" />
      <source>Preventive or occupational medicine, health or social care</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="438" />
      <source>Prevents people from exercising a right or using a service or contract</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="439" />
      <source>Proceed once the listed measures are in place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="440" />
      <source>Proceed: risks acceptable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="441" />
      <source>Processing activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="442" />
      <source>Processing activities (Art. 30(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="443" />
      <source>Processing activities whose data was involved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="444" />
      <source>Processing activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="445" />
      <source>Processing carried out for them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="446" />
      <source>Processing that is not in your register yet: add it to the register too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="447" />
      <source>Processor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="448" />
      <source>Processor: we act for a client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="449" />
      <source>Processors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="450" />
      <source>Processors (Art. 28)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="451" />
      <source>Processors used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="452" />
      <source>Profiling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="453" />
      <source>Proof that someone consented: who, to what, when, how, and what they were told.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="454" />
      <source>Prospects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="455" />
      <source>Pseudonymisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="456" />
      <source>Public communication</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="457" />
      <source>Public communication made at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="458" />
      <source>Public health</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="459" />
      <source>Public holidays of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="460" />
      <source>Public task</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="461" />
      <source>Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="462" />
      <source>Purposes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="463" />
      <source>Purposes relying on consent (Art. 6(1)(a), 7(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="464" />
      <source>Question from the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="465" />
      <source>Racial or ethnic origin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="466" />
      <source>Ransomware</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="467" />
      <source>Reason for refusing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="468" />
      <source>Reason for the extension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="469" />
      <source>Reasoning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="470" />
      <source>Reasons for the delay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="471" />
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="472" />
      <source>Received on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="473" />
      <source>Recipient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="474" />
      <source>Records affected (approx.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="476" />
      <source>Refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="477" />
      <source>Refused: an exemption applies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="478" />
      <source>Refused: identity could not be verified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="479" />
      <source>Refused: manifestly unfounded or excessive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="480" />
      <source>Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="481" />
      <source>Registered postal address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="482" />
      <source>Regular and systematic monitoring as a core activity: e.g. tracking apps, behavioural advertising, a security company's CCTV. Atlas also infers it from your activities (WP243).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="483" />
      <source>Regular testing of the measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="484" />
      <source>Religious or philosophical beliefs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="485" />
      <source>Report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="486" />
      <source>Reported by a customer or the person affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="487" />
      <source>Reported by our processor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="488" />
      <source>Reported by staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="489" />
      <source>Reports sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="490" />
      <source>Representative's contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="491" />
      <source>Request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="492" />
      <source>Requester</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="493" />
      <source>Required when notifying after 72 hours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="494" />
      <source>Required when refusing: tell them why and that they can complain.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="495" />
      <source>Required when you choose your own level; it is kept in the record and the audit trail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="496" />
      <source>Restriction of processing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="497" />
      <source>Retention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="498" />
      <source>Retired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="499" />
      <source>Retired activities stay in the history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="500" />
      <source>Retired or removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="501" />
      <source>Retired: the processing assessed has stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="502" />
      <source>Review every (months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="503" />
      <source>Rights available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="504" />
      <source>Rights request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="505" />
      <source>Rights requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="506" />
      <source>Risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="507" />
      <source>Risk to people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="508" />
      <source>Risk: notify the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="509" />
      <source>Risks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="510" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="511" />
      <source>Ruled out, e.g. by logs or a forensic analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="512" />
      <source>Safeguard document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="513" />
      <source>Same obligations passed down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="514" />
      <source>Screening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="515" />
      <source>Screening result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="516" />
      <source>Secure disposal of paper and devices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="517" />
      <source>Security alert or monitoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="518" />
      <source>Security measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="519" />
      <source>Security, in words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="520" />
      <source>Seen by a known, small number of recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="521" />
      <source>Seen or taken by unknown people, or published</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="522" />
      <source>Sensitive data: health, other special categories (Art. 9) or criminal data (Art. 10)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="523" />
      <source>Sensitive or highly personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="524" />
      <source>Sent at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="525" />
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="526" />
      <source>Service providers that process it for you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="527" />
      <source>Severity (1–4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="528" />
      <source>Severity (ENISA)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="529" />
      <source>Severity after measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="530" />
      <source>Sex life or sexual orientation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="531" />
      <source>Signed off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="532" />
      <source>Signed off by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="533" />
      <source>Signed off on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="534" />
      <source>Signed paper form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="535" />
      <source>Simple data: names, contact details, education, family, work history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="536" />
      <source>Social engineering (phishing, impersonation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="537" />
      <source>Social security and pension bodies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="538" />
      <source>Software and services where the data lives, e.g. Payroll app.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="539" />
      <source>Software kept up to date; malware protection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="540" />
      <source>Something you do with personal data for one purpose, e.g. payroll or the newsletter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="541" />
      <source>Source of the data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="542" />
      <source>Special-category data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="543" />
      <source>Special-category data involved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="544" />
      <source>Special-category or criminal data as a core activity: e.g. a clinic, a background-check agency. Atlas also infers it from your activities (WP243).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="545" />
      <source>Staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="546" />
      <source>Staff confidentiality agreements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="547" />
      <source>Staff involved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="549" />
      <source>Staff training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="550" />
      <source>Standard contractual clauses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="551" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="552" />
      <source>Sub-processor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="553" />
      <source>Sub-processors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="554" />
      <source>Substantial public interest, under law</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="555" />
      <source>Supervisory authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="556" />
      <source>Supplier and partner contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="558" />
      <source>Systematic monitoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="559" />
      <source>Systems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="560" />
      <source>Takes the Art. 32 security measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="561" />
      <source>Tax authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="562" />
      <source>Teams inside the office who see it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="563" />
      <source>Tell the client by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="564" />
      <source>The activity stops: it stays in the history as Retired and leaves the Art. 30 record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="566" />
      <source>The case number you were given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="567" />
      <source>The categories of processing you do for this client.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="568" />
      <source>The client whose data it was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="569" />
      <source>The client you process for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="570" />
      <source>The company's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="571" />
      <source>The contract has ended: the processor is kept as Contract ended.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="572" />
      <source>The data protection authority you report to, e.g. ANSPDCP in Romania.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="573" />
      <source>The data were unintelligible to others (e.g. encrypted, key safe)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="574" />
      <source>The day it arrived. The month starts here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="575" />
      <source>The day it was completed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="576" />
      <source>The day management accepted the outcome.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="577" />
      <source>The decision the assessment leads to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="578" />
      <source>The event the period starts from. Choose one of the list so Atlas can check it, or write your own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="579" />
      <source>The family of incident.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="580" />
      <source>The last day to object, from the contract.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="581" />
      <source>The law that allows it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="582" />
      <source>The logic involved and the safeguards (human review, contesting).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="583" />
      <source>The manager who accepts the outcome.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="584" />
      <source>The measures that protect this data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="585" />
      <source>The most revealing kind of data involved. Left empty, Atlas works it out from “Data involved” and “Special-category data involved”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="586" />
      <source>The name of the DPO or person responsible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="587" />
      <source>The nature of the breach, in plain words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="588" />
      <source>The new information given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="589" />
      <source>The operations, the purposes and any legitimate interest, systematically.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="590" />
      <source>The part of the office that runs it, e.g. HR, Finance, Sales.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="591" />
      <source>The person is a child</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="592" />
      <source>The person's age when they consented, if you know it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="593" />
      <source>The policy no longer applies: it is kept as Retired.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="594" />
      <source>The processing activity assessed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="595" />
      <source>The processing activity relying on this consent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="596" />
      <source>The processing assessed has stopped: the DPIA is kept as Retired (Art. 35(11)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="597" />
      <source>The processing the request is about.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="598" />
      <source>The processor confirmed the sub-processor signed the same data-protection terms.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="599" />
      <source>The reasonable effort made to verify it, e.g. a confirmation email to the parent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="600" />
      <source>The residual risk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="601" />
      <source>The rights people can exercise for this processing (they depend on the basis).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="602" />
      <source>The third country the data goes to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="603" />
      <source>The time your contract with the client sets. The GDPR says “without undue delay” and the client's own 72 hours may already be running, so Atlas counts 24 hours when this is empty (a conservative reading of EDPB Guidelines 9/2022).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="604" />
      <source>The version of the privacy notice or consent text they saw.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="605" />
      <source>Their age</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="606" />
      <source>Their contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="607" />
      <source>Their contact details (and their representative or DPO).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="608" />
      <source>Their contact for data protection.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="609" />
      <source>They weigh heavily in the risk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="610" />
      <source>Tick any sensitive data involved; each needs an Art. 9(2) condition.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="611" />
      <source>Tick box on a web form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="612" />
      <source>Tick each WP248 criterion that applies. Two or more: a DPIA is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="613" />
      <source>Tick each clause the agreement contains; all eight are required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="614" />
      <source>Tick if a recent backup let you restore the data quickly, with nothing lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="615" />
      <source>Tick if consent was given to use an online service offered directly to the person (an app, a website account, an online shop or newsletter): the rules for children's consent apply.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="616" />
      <source>Tick if even a short loss of the data harms people, e.g. a clinic's patient files or a care service's schedules.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="617" />
      <source>Tick if it came through computers or networks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="618" />
      <source>Tick if it happens only now and then (e.g. a one-off event), not as part of the routine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="619" />
      <source>Tick if someone caused it deliberately: an attack, a theft, an insider taking data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="620" />
      <source>Tick if the only people who got the data are trusted (e.g. bound to confidentiality) and confirmed in writing that they deleted it without using it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="621" />
      <source>Tick if they handle health, biometric or other Art. 9 data: their training is then checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="622" />
      <source>Tick if they were under 18 when they consented and you do not know their exact age.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="623" />
      <source>Tick if you process criminal convictions or offences (e.g. criminal record checks).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="624" />
      <source>Tick only if the data was encrypted with a state-of-the-art method and the key stayed safe, or passwords were stored with a strong salted hash.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="625" />
      <source>Tick only if you appointed a DPO; most small offices need not.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="626" />
      <source>Time zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="627" />
      <source>Timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="628" />
      <source>Timestamped events, from discovery to closure.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="629" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="630" />
      <source>Told by a third party, the media or the police</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="631" />
      <source>Trade-union membership</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="632" />
      <source>Trainer or provider.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="633" />
      <source>Training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="634" />
      <source>Training records of this person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="635" />
      <source>Transfer mechanism</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="636" />
      <source>Transfers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="637" />
      <source>Trusted recipient confirmed deletion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="638" />
      <source>Two or more criteria: DPIA required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="639" />
      <source>Two-factor sign-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="641" />
      <source>Unlikely to result in a risk: document only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="642" />
      <source>Unreadable to whoever got it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="643" />
      <source>Updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="644" />
      <source>Usage and behaviour data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="645" />
      <source>Valid for (months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="646" />
      <source>Verifying identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="647" />
      <source>Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="648" />
      <source>Very high: significant or even irreversible consequences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="649" />
      <source>Views of the people concerned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="650" />
      <source>Visitors to the premises</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="651" />
      <source>Vital interests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="652" />
      <source>Vital interests of someone unable to consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="653" />
      <source>Vulnerable adults</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="654" />
      <source>Was data copied out?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="655" />
      <source>Was the data changed?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="656" />
      <source>Was the data lost or out of reach?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="657" />
      <source>We are a public authority or body</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="658" />
      <source>We have a Data Protection Officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="659" />
      <source>We hold no data on them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="662" />
      <source>Website visitors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="663" />
      <source>What allows you to process the special-category data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="664" />
      <source>What could go wrong, e.g. Unauthorised access to chats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="665" />
      <source>What could happen to the people affected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="666" />
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="667" />
      <source>What happens, in a few sentences.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="668" />
      <source>What it does.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="669" />
      <source>What it said</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="670" />
      <source>What it would mean for the people concerned.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="671" />
      <source>What limits the harm and stops it happening again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="672" />
      <source>What makes the request complex.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="673" />
      <source>What makes the transfer lawful.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="674" />
      <source>What reduces the risk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="675" />
      <source>What such data usually reveals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="676" />
      <source>What the answers above lead to, with the EDPB's factors applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="677" />
      <source>What they advised, and whether it was followed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="678" />
      <source>What they agreed to, e.g. Monthly newsletter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="679" />
      <source>What they do for you, e.g. Payroll.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="680" />
      <source>What was affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="681" />
      <source>What was done to stop it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="682" />
      <source>What was said, or why the exemption applies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="683" />
      <source>What you asked them or their representatives, and what they said.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="684" />
      <source>What you did.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="685" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="686" />
      <source>When it ended, if known.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="687" />
      <source>When it was approved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="688" />
      <source>When it was last re-checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="689" />
      <source>When it was last reviewed (leave empty if not since approval).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="690" />
      <source>When someone first noticed it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="691" />
      <source>When the authority answered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="692" />
      <source>When the breach started (best estimate).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="693" />
      <source>When the data processing agreement was signed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="694" />
      <source>When the people affected were told (required for a high risk).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="695" />
      <source>When the processor told you of the change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="696" />
      <source>When they consented.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="697" />
      <source>When they withdrew, if they did.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="698" />
      <source>When this entry was last checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="699" />
      <source>When this report was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="700" />
      <source>When you confirmed who they are (ask only for what you need).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="701" />
      <source>When you last checked their guarantees (certificates, questionnaire).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="702" />
      <source>When you notified the authority.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="703" />
      <source>When you replied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="704" />
      <source>When you sent the DPIA to the authority.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="705" />
      <source>When you told the client.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="706" />
      <source>When you were reasonably certain personal data was affected. The 72 hours start here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="707" />
      <source>Where it processes the data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="708" />
      <source>Where it was published</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="709" />
      <source>Where the assessment stands.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="710" />
      <source>Where the clauses are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="711" />
      <source>Where the clauses or safeguards are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="712" />
      <source>Where the data comes from, if not from the people themselves.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="713" />
      <source>Where the data is, e.g. Office server, EU cloud.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="714" />
      <source>Where the request stands.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="715" />
      <source>Where the signed agreement is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="716" />
      <source>Where they process the data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="717" />
      <source>Where you are established.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="718" />
      <source>Where your legitimate-interests assessment is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="719" />
      <source>Whether the circumstances make the data reveal more or less than such data usually does.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="720" />
      <source>Whether the processing meets it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="721" />
      <source>Whether you accepted or objected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="722" />
      <source>Whether you decide the purpose (controller), decide it with others (joint controller) or act for a client (processor).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="723" />
      <source>Which data, e.g. Payroll records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="724" />
      <source>Which right they exercise.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="725" />
      <source>Which sub-processor is added or replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="726" />
      <source>Who asked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="727" />
      <source>Who could see or take the data. Needed when confidentiality was affected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="728" />
      <source>Who gave consent (name, email or customer number).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="729" />
      <source>Who in management approved it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="730" />
      <source>Who in the office answers for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="731" />
      <source>Who keeps it up to date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="732" />
      <source>Who or what noticed it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="733" />
      <source>Who receives the data there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="734" />
      <source>Who the authority can ask for more information.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="735" />
      <source>Who the processor engages in turn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="736" />
      <source>Who the processor engages.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="737" />
      <source>Who to tell at the client, e.g. their DPO's email.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="738" />
      <source>Who was trained.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="739" />
      <source>Who you are: the record of processing starts with the controller's name and contact details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="740" />
      <source>Whose data it was</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="741" />
      <source>Why no DPIA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="742" />
      <source>Why the processing is needed and no more data than necessary is used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="743" />
      <source>Why this level, in your words. Required when you do not notify the authority.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="744" />
      <source>Why you disagree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="745" />
      <source>Why you process the data, e.g. Paying salaries.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="746" />
      <source>Why, in a sentence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="751" />
      <source>Withdrawn at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="752" />
      <source>Withdrawn by the person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="753" />
      <source>Without a DPO: who answers for data protection (often the manager).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="754" />
      <source>Work email.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="755" />
      <source>Worked out from the answers above: kind of data × identification + circumstances.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="756" />
      <source>Worked out from the criteria ticked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="757" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="758" />
      <source>Yes unless the breach is unlikely to result in a risk to people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="759" />
      <source>Yes: copied out, offered for sale or published</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="760" />
      <source>You no longer rely on consent for this purpose: the consent records are kept as proof (Art. 7(1)), and the purpose is not reviewed again unless new consent is collected for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="761" />
      <source>Your data-protection policies, approved by management and reviewed at least once a year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="762" />
      <source>Your organisation's legal name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="763" />
      <source>Your own assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="764" />
      <source>Your own assessment if you gave one, else the assessed risk. It decides who must be told.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="765" />
      <source>days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="766" />
      <source>e.g. 2.1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="767" />
      <source>e.g. A notice on our website's home page and in the local newspaper.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="768" />
      <source>e.g. CCTV of a street, a shop floor or a car park.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="769" />
      <source>e.g. Chat moderation DPIA.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="770" />
      <source>e.g. Customers, Employees, Children.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="771" />
      <source>e.g. Data protection policy, Retention policy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="772" />
      <source>e.g. Email, Letter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="773" />
      <source>e.g. Laptop reported missing; passwords reset.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SecurityMenu</name>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="142" />
      <source>Backup restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="28" />
      <source>File › Security › {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="33" />
      <source>so the passphrase may no longer open the register: set a new one now with {0} (confirming with the recovery key)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="34" />
      <source>Change passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="35" />
      <source>so your recovery key may no longer open the register: issue a new one now with {0} (and keep it in place of the old one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="36" />
      <source>New recovery key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="37" />
      <source>so this computer may no longer open the register without the passphrase: tick “Remember on this computer” the next time you unlock it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="62" />
      <source>Securit&amp;y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="72" />
      <source>Change &amp;passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="73" />
      <source>New &amp;recovery key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="74" />
      <source>Restore from &amp;backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="76" />
      <source>Export signing &amp;certificate…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="80" />
      <source>A team register is backed up and restored by whoever runs its server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="106" />
      <source>Passphrase changed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="34" />
      <source>Enter the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="166" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="195" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="193" />
      <source>&amp;Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="36" />
      <source>&amp;Hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="37" />
      <source>Hide the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="25" />
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="37" />
      <source>Show the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="211" />
      <source>Recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="156" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="122" />
      <source>Register file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="44" />
      <source>The key file is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="108" />
      <source>Heading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="131" />
      <source>Use the recovery key instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="34" />
      <source>Enter the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="36" />
      <source>&amp;Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="118" />
      <source>File: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="98" />
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="103" />
      <source>Atlas Desktop is locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="171" />
      <source>&amp;Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="175" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="176" />
      <source>Quit Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="93" />
      <source>Checking whether this computer remembers this register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="98" />
      <source>Unlock register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="103" />
      <source>Unlock “{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="111" />
      <source>The register “{0}” was locked to keep it private. Enter the passphrase to carry on where you left off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="114" />
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="222" />
      <source>This register is encrypted. Enter its passphrase to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="130" />
      <source>Use the &amp;recovery key instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="135" />
      <source>Re&amp;member on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="136" />
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="306" />
      <source>Remember on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="137" />
      <source>Keep a key in this computer's secure keyring, so this register opens without the passphrase for your user account here. Untick to forget it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="159" />
      <source>Problem details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="172" />
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="180" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="206" />
      <source>Recovery &amp;key (the 14 groups of 4 on your printed copy):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="221" />
      <source>Enter the recovery key you saved when the register was created.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="277" />
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="323" />
      <source>Unlocking the register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="307" />
      <source>The register is open, but this computer could not remember it: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="322" />
      <source>Unlocking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="32" />
      <source>This recovery key has a typo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="37" />
      <source>Wrong recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="38" />
      <source>Wrong passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="38" />
      <source>Check Caps Lock and the keyboard layout, or use the recovery key instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="41" />
      <source>This register was made by a newer version of Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="42" />
      <source>Update Atlas Desktop to open it. The register was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="46" />
      <source>This register is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="47" />
      <source>Part of its file can no longer be read. The window that opened says what still reads, and restores a backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="50" />
      <source>This file is not an Atlas register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="53" />
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="54" />
      <source>The register could not be opened</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DamageDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="97" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="75" />
      <source>The key file is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="75" />
      <source>The register is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="78" />
      <source>The key file of “{0}” is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="79" />
      <source>“{0}” is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="84" />
      <source>Heading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="87" />
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="109" />
      <source>Part of the file can no longer be read back as it was written. This happens after a disk or power fault, or when the file was copied while it was in use. Nothing more was changed, and restoring a backup gets the register back as it was then.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="118" />
      <source>Nothing in it can be read any more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="121" />
      <source>Everything still reads in full: the damage is in its lookup structures, so some lists, searches or saves fail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="126" />
      <source>Cannot be read in full</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="127" />
      <source>nothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="128" />
      <source>Still reads in full</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="129" />
      <source>Cannot be read in full:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="130" />
      <source>Still reads in full:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="136" />
      <source>The latest verified backup is {0}, made {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="137" />
      <source>The latest backup is {0}, made {1}; it could not be checked now, so restoring checks it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="140" />
      <source>Choose a backup of this register: only its key file is taken, so the register keeps everything saved since. It then opens with the passphrase that was in use when that backup was made. Backups are kept in {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="144" />
      <source>The backup to restore is {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="146" />
      <source>No backup of it that verifies was found in {0}. If you keep backups elsewhere, choose one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="149" />
      <source>Backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="160" />
      <source>&amp;Restore backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="161" />
      <source>Put the latest verified backup in place of the damaged register (the damaged file is kept as a copy first).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="164" />
      <source>Choose &amp;another backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="166" />
      <source>Restore the &amp;key file from a backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="176" />
      <source>&amp;Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="199" />
      <source>Atlas backups (*.atlasbak)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="204" />
      <source>Choose a backup to restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="215" />
      <source>Restore backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="216" />
      <source>Replace “{0}” with the backup {1}? The damaged register is kept as a copy in {2} first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="217" />
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="224" />
      <source>Checking and restoring the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="227" />
      <source>Restoring the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="236" />
      <source>Choose the backup to take the key file from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="242" />
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="245" />
      <source>Restoring the key file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="261" />
      <source>Nothing was restored</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TeamSignInDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="166" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="137" />
      <source>&amp;Hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="125" />
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="92" />
      <source>Heading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="137" />
      <source>&amp;Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="35" />
      <source>The server cannot be reached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="37" />
      <source>Not signed in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="39" />
      <source>This team register needs another version of Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="41" />
      <source>There is no team register there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="42" />
      <source>The team register could not be opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="138" />
      <source>Show the password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="73" />
      <location filename="../../atlas_desktop/gui/team_signin.py" line="269" />
      <source>This connection file cannot be used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="81" />
      <location filename="../../atlas_desktop/gui/team_signin.py" line="87" />
      <source>Atlas Desktop is locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="81" />
      <source>Open a team register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="87" />
      <source>Sign in to a team register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="95" />
      <source>The outbox on this computer was locked to keep it private. Enter your team password to carry on where you left off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="98" />
      <source>The team register was locked to keep it private. Enter your password to sign in again and carry on where you left off; open windows keep what you typed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="101" />
      <source>A team register is shared by your office on a server. Each person signs in with their own name and password, which a manager of the register gave them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="110" />
      <source>Team register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="116" />
      <source>Server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="116" />
      <source>The server's name or address, e.g. server.office.lan or 192.168.1.20. Whoever runs the server can tell you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="121" />
      <source>Port</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="122" />
      <source>The server's port. PostgreSQL uses 5432 unless it was set up otherwise.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="123" />
      <source>Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="123" />
      <source>The name of the team register's database on the server, e.g. office.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="125" />
      <source>Your sign-in name for this register, e.g. maria.pop. Every change you make is recorded under it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="127" />
      <source>&amp;Server:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="127" />
      <source>P&amp;ort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="128" />
      <source>&amp;Database:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="128" />
      <source>Your &amp;name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="135" />
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="135" />
      <source>Your own password for this team register. It is never kept on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="138" />
      <source>Hide the password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="139" />
      <source>&amp;Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="145" />
      <source>Open a &amp;connection file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="146" />
      <location filename="../../atlas_desktop/gui/team_signin.py" line="260" />
      <source>Open a connection file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="147" />
      <source>A .atlas-team file a manager gave you fills in the server, database and your name. It never holds a password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="171" />
      <source>&amp;Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="171" />
      <source>Sign &amp;in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="176" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="177" />
      <source>Quit Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="213" />
      <source>Outbox for {0}, signed in as {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="213" />
      <source>{1} @ {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="216" />
      <source>Connection file: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="261" />
      <source>Team connection files (*{0});;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="283" />
      <source>the server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="284" />
      <source>the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="285" />
      <source>your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="287" />
      <source>Type {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="287" />
      <source>Ask whoever manages the team register if you do not know it, or open the connection file they gave you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="293" />
      <source>Type your password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="308" />
      <source>Opening the outbox…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="312" />
      <source>Signing in to {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="323" />
      <source>Opening the outbox on this computer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="346" />
      <source>{0} Your windows keep what you typed: try again when the network is back.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomeWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="174" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="77" />
      <source>Team register “{0}”
{1} @ {2}:{3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="78" />
      <source>this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="96" />
      <source>Welcome to Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="106" />
      <location filename="../../atlas_desktop/gui/welcome.py" line="111" />
      <source>Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="113" />
      <source>Your organisation's GDPR register, kept encrypted on this computer (nothing is sent anywhere), or shared by your office on its own server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="125" />
      <source>&amp;Create a register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="126" />
      <source>Start a new, empty register for your organisation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="128" />
      <source>&amp;Open a register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="129" />
      <source>Choose a register file (.atlas) on this computer or a shared drive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="131" />
      <source>Open a &amp;team register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="132" />
      <source>Sign in to the register your office shares on a server, with your own name and password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="135" />
      <source>&amp;Explore the demo register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="136" />
      <source>A filled-in example for an invented company. Nothing in it is real, so try anything.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="143" />
      <location filename="../../atlas_desktop/gui/welcome.py" line="146" />
      <source>Recent registers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="152" />
      <source>Registers you open appear here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="158" />
      <source>O&amp;pen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="159" />
      <source>Open the selected register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="161" />
      <source>&amp;Remove from list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="162" />
      <source>Remove the selected register from the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="163" />
      <source>Only forgets it here; the file itself is not touched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="198" />
      <source>{0} is not there any more (moved, renamed or on a drive that is not connected).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="237" />
      <source>Open a register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="238" />
      <source>Atlas registers (*.atlas *.atlas-team);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="247" />
      <source>{0} was not found. It may have been moved or renamed, or be on a drive that is not connected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="300" />
      <source>The demo register could not be opened: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="302" />
      <source>Opening the demo register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="309" />
      <source>Opening the demo register (invented data)…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CertificateExport</name>
    <message>
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="56" />
      <source>Saved {0}: the signing certificate of {1}, valid until {2}.

Your signed PDF reports carry a digital signature made with it. Give this file to whoever receives them (a client, an auditor, your supervisory authority) so they can check that a report really comes from you and was not changed after it was signed. It holds no secret: sending it by e-mail is fine.

What they do with it:
• In Adobe Acrobat Reader: Preferences › Signatures › Identities &amp; Trusted Certificates › More… › Trusted Certificates › Import, choose this file, then Edit Trust and tick “Use this certificate as a trusted root”. Your reports' signatures then show as valid.
• With Atlas Desktop: atlas verify REPORT.pdf --cert {3}

To be sure the file they received is yours, read them its fingerprint (for example on the phone):
SHA-256 {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="73" />
      <source>Certificate, text (*.pem)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="73" />
      <source>Certificate for Windows (*.cer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="75" />
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="85" />
      <source>Export the signing certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="87" />
      <source>Signing certificate saved</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CreateRegisterDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="47" />
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="146" />
      <source>Weak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="47" />
      <source>Fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="47" />
      <source>Good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="47" />
      <source>Strong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="67" />
      <source>Choose a passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="68" />
      <source>Step 3 of 4. The passphrase opens the register every day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="70" />
      <source>&amp;Create register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="72" />
      <source>Four or more unrelated words are strong and easy to remember, e.g. “lantern-orbit-pepper-canal”. Without the passphrase or the recovery key nobody can open the register, not even the makers of Atlas Desktop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="79" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="80" />
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="134" />
      <source>Sh&amp;ow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="85" />
      <source>&amp;Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="92" />
      <source>Passphrase strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="99" />
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="144" />
      <source>Nothing typed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="103" />
      <source>Strength:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="107" />
      <source>Advice on the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="112" />
      <source>Passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="113" />
      <source>&amp;Again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="118" />
      <source>Whether the passphrases match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="134" />
      <source>&amp;Hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="135" />
      <source>Hide the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="135" />
      <source>Show the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="163" />
      <source>✓ The two passphrases match.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="165" />
      <source>✗ The two passphrases are not the same yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="175" />
      <source>Choose a longer one: four or more unrelated words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="178" />
      <source>The two passphrases are not the same. Type it again in both fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="204" />
      <source>Creating the register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="210" />
      <source>Creating the encrypted register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="219" />
      <source>Your recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="220" />
      <source>Step 4 of 4. The register is created; this key is shown only now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="222" />
      <source>If the passphrase is ever forgotten, this key is the only way to open the register. Save it as a PDF or print it, and keep it somewhere safe, away from this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="226" />
      <source>Recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="229" />
      <source>Save as &amp;PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="230" />
      <source>Save the recovery key as a PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="232" />
      <source>P&amp;rint…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="233" />
      <source>Print the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="241" />
      <source>Where the recovery key was saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="244" />
      <source>I have &amp;stored the recovery key somewhere safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="245" />
      <source>I have stored the recovery key somewhere safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="277" />
      <source>Create a register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="286" />
      <source>&amp;Open the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="300" />
      <source>Leave without the recovery key?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="301" />
      <source>The register has been created, but its recovery key will not be shown again. If you close now and forget the passphrase, the register cannot be opened.

Close anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="67" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="104" />
      <source>Your organisation and where to keep the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="105" />
      <source>Step 1 of 4. The register is one encrypted file on this computer; nothing is sent anywhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="111" />
      <source>Organisation name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="112" />
      <source>e.g. Harbour Dental Practice Ltd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="113" />
      <source>&amp;Organisation name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="117" />
      <source>Register file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="118" />
      <source>&amp;Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="119" />
      <source>Choose where to save the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="124" />
      <source>&amp;Save as:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="127" />
      <source>Keep it in a folder that is backed up. Atlas never overwrites an existing register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="147" />
      <source>Save the register as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="148" />
      <source>Atlas registers (*.atlas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="163" />
      <source>Enter your organisation's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="166" />
      <source>Choose where to save the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="170" />
      <source>There is already a file called {0} in that folder. Choose another name or folder: Atlas never overwrites a register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="176" />
      <source>The folder {0} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="76" />
      <source>Your office and you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="77" />
      <source>Step 2 of 4. Atlas uses these answers to count your deadlines and to name you in the register. You can change them later in Organisation details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="96" />
      <source>Type to search, e.g. Romania</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="97" />
      <source>&amp;Country:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="97" />
      <source>Country where your organisation is established</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="98" />
      <source>Requests from people must be answered within one month; Atlas skips this country's public holidays when it counts (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="101" />
      <source>&amp;Region:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="101" />
      <source>Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="102" />
      <source>Public holidays differ by region in this country: choose yours, or keep the national holidays only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="110" />
      <source>Supervisory &amp;authority:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="110" />
      <source>Supervisory authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="111" />
      <source>Its a&amp;ddress:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="111" />
      <source>Authority's postal address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="112" />
      <source>Its &amp;web form:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="112" />
      <source>Authority's breach notification web form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="113" />
      <source>Its &amp;phone:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="113" />
      <source>Authority's phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="118" />
      <source>A personal data breach is reported to this authority within 72 hours (Art. 33(1)); it is the authority of the country you are established in (Art. 55). Proposed from the country: check it, or correct it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="123" />
      <source>e.g. Ana Popescu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="125" />
      <source>e.g. Office manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="126" />
      <source>Your na&amp;me:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="126" />
      <location filename="../../atlas_desktop/gui/create_org.py" line="175" />
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="127" />
      <source>Your r&amp;ole:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="127" />
      <location filename="../../atlas_desktop/gui/create_org.py" line="176" />
      <source>Your role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="128" />
      <source>Shown in the audit trail next to each change and on sign-offs, so the office can show who did what (Art. 5(2), 30). Not your computer's login name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="151" />
      <source>National holidays only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="185" />
      <source>Choose your country from the list (type part of its name), or leave it empty and set it later in Organisation details.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>KeyDialogs</name>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="122" />
      <source>Weak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="105" />
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="123" />
      <source>Nothing typed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="160" />
      <source>Strength:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="162" />
      <source>&amp;Again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="189" />
      <source>✓ The two passphrases match.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="190" />
      <source>✗ The two passphrases are not the same yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="53" />
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="57" />
      <source>&amp;Current passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="53" />
      <source>Current passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="54" />
      <source>I will type the &amp;recovery key instead (the passphrase is forgotten)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="55" />
      <source>Use the recovery key instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="57" />
      <source>Recovery &amp;key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="99" />
      <source>Strength of the new passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="111" />
      <source>Advice on the new passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="143" />
      <source>Change the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="146" />
      <source>The passphrase opens “{0}” every day. Changing it does not touch the data (it is not re-encrypted), and the recovery key keeps working.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="152" />
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="155" />
      <source>Sho&amp;w</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="155" />
      <source>Hi&amp;de</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="156" />
      <source>&amp;New passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="161" />
      <source>New passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="170" />
      <source>Backups made before the change still open with the passphrase that was in use when they were made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="178" />
      <source>Change &amp;passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="207" />
      <source>Enter the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="208" />
      <source>Enter the current passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="209" />
      <source>It proves that you, not just anyone at this computer, are changing it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="211" />
      <source>Choose a stronger new passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="212" />
      <source>Four or more unrelated words are strong and easy to remember, e.g. “lantern-orbit-pepper-canal”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="215" />
      <source>The two new passphrases are not the same</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="216" />
      <source>Type the new passphrase again in both fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="218" />
      <source>The new passphrase is the current one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="219" />
      <source>Choose a passphrase you have not used for this register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="232" />
      <source>Checking the current passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="234" />
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="252" />
      <source>Changing the passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="240" />
      <source>The passphrase of “{0}” was changed: use the new one from the next unlock. The recovery key is unchanged and still works. Backups made before now open with the old passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="247" />
      <source>The passphrase could not be changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="251" />
      <source>Changing the passphrase… (this takes a few seconds)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TeamPassword</name>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="82" />
      <source>&amp;Again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="75" />
      <source>&amp;Hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="147" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="61" />
      <source>&amp;Type a password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="62" />
      <source>&amp;Make one for me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="63" />
      <source>Five groups of four letters and digits: strong, and easy to pass on by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="73" />
      <source>New password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="75" />
      <source>S&amp;how</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="76" />
      <source>Show the password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="77" />
      <source>New password again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="78" />
      <source>Type it a second time, so a typing mistake cannot lock anyone out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="79" />
      <source>&amp;New password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="94" />
      <source>The password made for them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="95" />
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="97" />
      <source>Copy it to the clipboard; it is wiped from there after 30 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="101" />
      <source>Shown only now: give it to them in person, and ask them to choose their own with File → Change my password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="125" />
      <source>Type the new password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="127" />
      <source>The two passwords are not the same: type the new one again in both fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="199" />
      <source>Change my password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="201" />
      <source>Your new password for {0} as {1}. From now on you sign in with it; your copy of the team key is locked with it too. Choose one that is hard to guess: a few unrelated words work well.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="211" />
      <source>&amp;Change password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="221" />
      <source>That is the password you have now; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="233" />
      <source>Changing your password…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecoverySheet</name>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="159" />
      <source>Print the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="55" />
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="108" />
      <source>Atlas Desktop recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="55" />
      <source>Organisation:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="55" />
      <source>Register file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="56" />
      <source>Created:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="57" />
      <source>This key opens the register if the passphrase is forgotten. It is the only way back in: Atlas Desktop cannot show it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="59" />
      <source>Keep this somewhere safe,</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="60" />
      <source>away from the computer (a locked drawer or safe). Anyone who has this key and the register file can read the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="62" />
      <source>How to use it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="62" />
      <source>In Atlas Desktop:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="63" />
      <source>open the register (“Open a register…” or its name under Recent registers). In the unlock window tick “Use the recovery key instead”, type the key and click Unlock. Capitals, spaces and dashes do not matter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="66" />
      <source>To choose a new passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="67" />
      <source>in Atlas Desktop, once unlocked with this key: File › Security › Change passphrase…, and tick “I will type the recovery key instead”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="69" />
      <source>Or</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="70" />
      <source>(on the command line): type the whole key on one line into a text file, for example KEY.txt, and run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="72" />
      <source>then delete KEY.txt. This key keeps working afterwards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="141" />
      <source>Save the recovery key as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="142" />
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="151" />
      <source>Saved to {0}. Keep a copy away from this computer too (a USB stick in a drawer, or on paper).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="163" />
      <source>Sent to the printer. Keep the sheet somewhere safe.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>spreadsheets</name>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="175" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="72" />
      <source>Export spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="73" />
      <source>Excel workbook (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="86" />
      <source>Spreadsheet exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="87" />
      <source>The workbook was written to
{0}

It is not encrypted: keep it somewhere safe and delete it when you no longer need it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="92" />
      <source>The spreadsheet was not exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="94" />
      <source>Exporting the spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="104" />
      <source>Import spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="105" />
      <source>Excel workbook (*.xlsx);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="116" />
      <source>Importing the spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="118" />
      <source>Nothing was imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="122" />
      <source>{0} added, {1} changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="124" />
      <source>{0} rows with problems were left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="125" />
      <source>Spreadsheet imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="126" />
      <source>Each change is recorded in the audit trail as an import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="134" />
      <source>Checking the spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="135" />
      <source>The spreadsheet cannot be imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="153" />
      <source>Import preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="157" />
      <source>{0}: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="158" />
      <source>Records to add: {0}. To change: {1}. Unchanged: {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="160" />
      <source>Rows with problems: {0}. Nothing is imported unless you choose to leave those rows out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="163" />
      <source>Nothing to import: the register already holds what the file says.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="169" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="169" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="169" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="169" />
      <source>Fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="170" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="170" />
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="171" />
      <source>{0}, row {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="171" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="175" />
      <source>Sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="175" />
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="175" />
      <source>Column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="178" />
      <source>Changes ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="179" />
      <source>Problems ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="184" />
      <source>Not read ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="190" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="191" />
      <source>Import valid rows only</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="287" />
      <source>Atlas backups (*.atlasbak)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="286" />
      <source>Choose a backup to restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="332" />
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="347" />
      <source>Checking and restoring the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="347" />
      <source>Restoring the key file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="377" />
      <source>Nothing was restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="80" />
      <source>Kept before a restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="82" />
      <source>Before an upgrade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="84" />
      <source>Automatic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="85" />
      <source>Made by hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="85" />
      <source>Chosen file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="93" />
      <source>{0} KB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="94" />
      <source>{0:.1f} MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="119" />
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="332" />
      <source>Restore from a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="129" />
      <source>Choose a backup to put in place of “{0}”. Everything saved after the backup was made is replaced by what the backup holds. Nothing is lost: the register as it is now is first kept as a backup in {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="135" />
      <source>Made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="135" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="135" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="135" />
      <source>Check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="144" />
      <source>Backups of this register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="148" />
      <source>No backup of this register was found in {0}. If you keep backups elsewhere, choose one with “Choose another file…”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="156" />
      <source>About the chosen backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="160" />
      <source>Restore only the &amp;key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="162" />
      <source>For a damaged or missing key file: the register's data is not touched, and it then opens with the passphrase of the backup's time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="174" />
      <source>Choose another &amp;file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="179" />
      <source>R&amp;estore…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="202" />
      <source>Checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="202" />
      <source>✓ Verified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="202" />
      <source>Cannot be restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="233" />
      <source>Checking the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="246" />
      <source>Its history is not part of the register's current one (it differs from entry {0} on, for example after an earlier restore).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="248" />
      <source>The register's current audit trail holds the same first {0} entries; {1} were added since.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="265" />
      <source>File: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="267" />
      <source>Made: {0} (this computer's time), a backup of “{1}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="270" />
      <source>Checking it now…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="272" />
      <source>Audit trail: {0} entries, and its last entry matches the one recorded when the backup was made. {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="274" />
      <source>✓ Verified: its contents match its manifest, and the database passed both integrity checks and the audit-chain check.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="277" />
      <source>It cannot be restored: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="304" />
      <source>{0} is a backup of another register, not of “{1}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="326" />
      <source>Replace the key file of “{0}” with the one in the backup made {1}? The register's data is not touched; afterwards it opens with the passphrase and recovery key of that time. The current key file is kept beside it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="329" />
      <source>Replace “{0}” with the backup made {1}? Everything saved since then is replaced. The register as it is now is first kept as a backup in {2}, and the register is closed and opened again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="336" />
      <source>Checking the passphrase of the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="361" />
      <source>Restoring…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="379" />
      <source>The register is as it was; it opens again when you close this window.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="45" />
      <source>The file could not be written or read: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="48" />
      <source>Something went wrong ({0}). Nothing was lost: the register is unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="85" />
      <source>Unencrypted export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="86" />
      <source>The file you are about to write is not encrypted. Anyone who can open it can read the personal data in it. Keep it somewhere safe and delete it when you no longer need it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="88" />
      <source>Export anyway</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Restoring</name>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="35" />
      <source>&amp;Passphrase of the backup (the one in use when it was made):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="38" />
      <source>Passphrase of the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="41" />
      <source>This is the &amp;recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="42" />
      <source>This is the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="56" />
      <source>Enter the passphrase of the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="57" />
      <source>A backup opens with the passphrase (or recovery key) that was in use when it was made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="66" />
      <source> The register it replaced was kept as {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="68" />
      <source>Restored “{0}” from the backup {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="76" />
      <source>The key file of “{0}” was restored from the backup {1}; the register's data was not touched. It now opens with the passphrase and recovery key that were in use when that backup was made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="79" />
      <source> The key file it replaced was kept as {0}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TeamApp</name>
    <message>
      <location filename="../../atlas_desktop/gui/team_app.py" line="72" />
      <source>A team register is backed up by whoever runs its server. Export spreadsheet writes a readable copy here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_app.py" line="75" />
      <source>You are signed in as a reader: you can read this register but not change it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_app.py" line="111" />
      <source>Password changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_app.py" line="112" />
      <source>Your password was changed, and your copy of the team key now opens with it. Sign in with the new password from now on.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Outbox</name>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="59" />
      <source>A breach cannot wait for the network: the 72-hour clock runs from when you became aware of it. You can log it now in the outbox on this computer (encrypted with your password); it is sent to the team register the next time you sign in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="65" />
      <source>&amp;Log a breach offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="66" />
      <source>Log a breach offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="67" />
      <source>Open the outbox on this computer: only breaches can be logged there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="80" />
      <source>Sign &amp;in to send them…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="81" />
      <source>Outbox on this computer: breaches logged here are sent to {0} when it can be reached.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="83" />
      <source>Sign in to the team register: the breaches waiting here are then offered for sending.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="85" />
      <source>Outbox on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="94" />
      <source>&amp;Send now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="96" />
      <source>Send the breaches logged offline now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="97" />
      <source>Send them to the team register with the times they were logged, so their 72-hour clocks are unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="103" />
      <source>1 breach logged offline on this computer is waiting to be sent to this team register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="105" />
      <source>{0} breaches logged offline on this computer are waiting to be sent to this team register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="142" />
      <source>Breaches logged offline may be waiting on this computer, but the outbox did not open: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="145" />
      <source>Looking for breaches logged offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="161" />
      <source>Sending the breaches logged offline…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="176" />
      <source>{0} sent to the team register, with the time it was logged: its 72-hour clock is unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="177" />
      <source>{0} sent to the team register, each with the time it was logged: their 72-hour clocks are unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="181" />
      <source>{0} still waiting in the outbox.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="182" />
      <source>Breaches sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="188" />
      <source>Not all breaches were sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="188" />
      <source>{0} What was not sent is still in the outbox on this computer: try again later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="192" />
      <source>Sending breaches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="196" />
      <source>1 breach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="196" />
      <source>{0} breaches</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TemplatePicker</name>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="36" />
      <source>Add the ticked activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="37" />
      <source>Add 1 activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="37" />
      <source>Add {0} activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="46" />
      <source>Activity templates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="48" />
      <source>Activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="48" />
      <source>What it covers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="57" />
      <source>{0} (already in the register)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="106" />
      <source>Could not add the activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="120" />
      <source>Start from a template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="154" />
      <source>Add activities from templates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="159" />
      <source>Tick the activities your office does. Each is added filled in with the usual lawful basis, data, recipients and retention: a starting point to check and adjust to your office, not legal advice.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>