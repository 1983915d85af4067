<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>ActivityEditor</name>
    <message>
      <location filename="../../gui/editors/judgements.py" line="154" />
      <source>Is a DPIA needed? (Art. 35)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/judgements.py" line="170" />
      <source>No Art. 35(3) case and no WP248 criterion is met (WP248 rev.01).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AllClearPanel</name>
    <message>
      <location filename="../../gui/dashboard_sections.py" line="127" />
      <source>All clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_sections.py" line="128" />
      <source>No deadline is near and nothing is missing. Atlas checks again whenever the register changes, and counts any breach clock down to the minute.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_sections.py" line="133" />
      <source>All clear: no deadline is near and nothing is missing.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AtlasApp</name>
    <message>
      <location filename="../../gui/app.py" line="107" />
      <source>Audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/app.py" line="111" />
      <source>Key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/app.py" line="258" />
      <source>Back up now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/app.py" line="336" />
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/app.py" line="280" />
      <source>About Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/app.py" line="150" />
      <source>Open record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/app.py" line="226" />
      <source>Open register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/app.py" line="227" />
      <source>Atlas registers (*.atlas *.atlas-team)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/app.py" line="254" />
      <source>Making an encrypted backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/app.py" line="259" />
      <source>Backup made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/app.py" line="259" />
      <source>The encrypted backup is saved as
{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/app.py" line="270" />
      <source>Automatic backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/app.py" line="281" />
      <source>Atlas Desktop {0}
An offline, encrypted GDPR register for small offices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/app.py" line="320" />
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/app.py" line="338" />
      <source>Quit and discard</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2686" />
      <source>%n open editor(s) (has|have) unsaved changes. Quitting now discards (it|them).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../gui/menus.py" line="99" />
      <source>Atlas Desktop help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="54" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="54" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="54" />
      <source>&amp;Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="54" />
      <source>&amp;Tools</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="54" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="55" />
      <source>New register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="56" />
      <source>Open register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="57" />
      <source>Open a team register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="59" />
      <source>Export spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="60" />
      <source>Import spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="64" />
      <source>Change my password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="69" />
      <source>Lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="71" />
      <source>Close register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="74" />
      <source>New record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="84" />
      <source>New activities from templates…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="85" />
      <source>Find</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="86" />
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="88" />
      <source>Organisation details…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="89" />
      <source>Preferences…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="95" />
      <source>Annual review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="96" />
      <source>What needs action (dashboard)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="97" />
      <source>Verify the audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/menus.py" line="101" />
      <source>First steps</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <location filename="../../gui/editors/attachments.py" line="56" />
      <source>Evidence files (a signed contract, a certificate, a screenshot) are kept encrypted inside the register, at most 25 MB each. Open and Save as write a copy where you choose; that copy is not encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="62" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="62" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="62" />
      <source>Added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="63" />
      <source>Added by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="64" />
      <source>Attached files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="77" />
      <source>&amp;Add file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="78" />
      <source>&amp;Open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="79" />
      <source>Save a cop&amp;y…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="80" />
      <source>&amp;Remove…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="112" />
      <source>Attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="127" />
      <source>Save the record first; then you can attach files to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="129" />
      <source>No files attached yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="154" />
      <source>Attach files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="159" />
      <source>The file was not attached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="173" />
      <source>The copy was not written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="180" />
      <source>Save a copy of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="187" />
      <source>Where should the copy of {0} go? It is opened from there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="197" />
      <source>Remove attachment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="198" />
      <source>Remove “{0}” from this record? The removal is recorded in the audit trail; the file cannot be recovered from the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="200" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/attachments.py" line="205" />
      <source>The attachment was not removed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <location filename="../../gui/audit_model.py" line="42" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_model.py" line="42" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_model.py" line="43" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_model.py" line="43" />
      <source>Register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_model.py" line="44" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_model.py" line="44" />
      <source>Changed fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_model.py" line="304" />
      <source>#{0} (deleted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_model.py" line="306" />
      <source>(new record)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_model.py" line="308" />
      <source>(whole record)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_model.py" line="351" />
      <source>The names of the fields that changed. Their values may be personal data: select an entry and choose Show details to see them.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <location filename="../../gui/auditview.py" line="54" />
      <source>Audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="57" />
      <source>All registers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="61" />
      <source>Show the entries of one register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="63" />
      <location filename="../../gui/auditview.py" line="260" />
      <source>Everyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="64" />
      <source>Show the entries of one person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="68" />
      <source>Filter…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="70" />
      <source>Filter the audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="72" />
      <source>Number of entries shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="74" />
      <source>Show &amp;details…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="75" />
      <source>The values before and after this change (may be personal data)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="76" />
      <source>Show details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="78" />
      <source>&amp;Verify chain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="79" />
      <source>Check that no entry was changed, removed or reordered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="80" />
      <source>Verify chain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="83" />
      <source>Every change is sealed into a chain. Verify it to check that nothing was altered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="86" />
      <source>Result of the chain check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="90" />
      <source>Audit log entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="117" />
      <source>&amp;Register:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="117" />
      <source>&amp;Who:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="191" />
      <source>Checking every entry of the audit trail…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="197" />
      <source>Checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="199" />
      <source>Verifying the audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="208" />
      <source>, and they match the {0} backups and restores recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="210" />
      <source>Intact: all {0} entries are sealed and in order{1}. Nothing was altered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="214" />
      <source> at entry {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="215" />
      <source>Broken{0}: {1} Keep this register as it is and restore a backup you trust.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="223" />
      <source>The trail's {0} entries are sealed and in order, but {1} records differ from it: {2}{3}. They were changed outside Atlas; restore a backup you trust if you did not expect this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="226" />
      <source> and {0} more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="231" />
      <source>Changed outside Atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="232" />
      <source>Intact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="231" />
      <source>Broken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="240" />
      <source>The check did not finish: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="278" />
      <source>entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="278" />
      <source>entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="279" />
      <source>{0} {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/auditview.py" line="280" />
      <source>{0} of {1} {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="41" />
      <source>Register settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="41" />
      <source>Annual reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="45" />
      <source>Created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="45" />
      <source>Changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="45" />
      <source>Deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="45" />
      <source>Imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="46" />
      <source>Restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="46" />
      <source>Keys changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="46" />
      <source>Reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="51" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="51" />
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="51" />
      <source>Items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="51" />
      <source>Audit trail head</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="52" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="52" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="52" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="52" />
      <source>Pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="53" />
      <source>Pack SHA-256</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="53" />
      <source>Not reviewed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="53" />
      <source>Confirmed unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="54" />
      <source>Updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="54" />
      <source>Retired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="85" />
      <source>Audit entry {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="91" />
      <source>Entry {0}: {1} — {2} #{3}, by {4} on {5}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="95" />
      <source>These values may be personal data. Close this window when you are done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="102" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="102" />
      <source>Before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="102" />
      <source>After</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/audit_details.py" line="103" />
      <source>Values before and after the change</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BasisChart</name>
    <message>
      <location filename="../../gui/charts.py" line="237" />
      <source>Activities by lawful basis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/charts.py" line="251" />
      <source>For a client (their basis)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/charts.py" line="253" />
      <source>No basis chosen yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/charts.py" line="258" />
      <source>Activities by lawful basis: no activities in use yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/charts.py" line="259" />
      <source>{0} ({1}): {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/charts.py" line="261" />
      <source>Activities by lawful basis (an activity with several bases counts under each): {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/charts.py" line="282" />
      <source>No activities in use yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BreachEditor</name>
    <message>
      <location filename="../../gui/editors/breach.py" line="213" />
      <source>{0} decides about the authority and the people affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="215" />
      <source>Your part is to tell them without undue delay, with what you know so far; the clock at the top counts down to your deadline. Record below when you told them (Art. 33(2)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="219" />
      <source>Your own data: nothing to do on this page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="220" />
      <source>Fill this page in only when the data belonged to a client you process it for. The client then notifies the authority, and you must tell the client without undue delay (Art. 33(2)).</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2687" />
      <source>%n day(s) {0} h</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="42" />
      <source>{0} h {1} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="42" />
      <source>{0} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="55" />
      <source>Times in {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="63" />
      <source>The 72-hour clock has not started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="64" />
      <source>It starts when you become aware that personal data was affected: fill in “Became aware at” (Art. 33(1)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="67" />
      <source>The 72-hour clock cannot start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="68" />
      <source>“Became aware at” is outside the dates Atlas accepts (1900–2200): correct it (Art. 33(1)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="75" />
      <source>Notified late: {0} after the deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="77" />
      <source>The authority was notified on {0}; the deadline was {1}. Record the reasons for the delay (Art. 33(1)). {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="79" />
      <source>Notified in time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="80" />
      <source>The authority was notified on {0}, {1} after you became aware (deadline {2}). {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="86" />
      <source>Notification not required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="87" />
      <source>Your own assessment is that the breach is unlikely to result in a risk to people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="88" />
      <source>Your answers show the breach is unlikely to result in a risk to people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="89" />
      <source>Keep your reasoning in this record (Art. 33(1), 33(5)). The deadline would have been {0}. {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="92" />
      <source>notify the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="93" />
      <source>assess the risk and decide whether to notify the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="95" />
      <source>Overdue: the 72 hours ran out {0} ago</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="96" />
      <source>The deadline was {0}. {1} now, and give the reasons for the delay (Art. 33(1)). {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="99" />
      <source>{0} left to {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="100" />
      <source>Deadline: {0}, 72 hours after you became aware (Art. 33(1)). {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="108" />
      <source>{0} decides whether to notify the authority and the people affected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="111" />
      <source>The clock to tell {0} has not started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="112" />
      <source>It starts when you become aware that personal data was affected: fill in “Became aware at”. Then tell {0} without undue delay (Art. 33(2)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="116" />
      <source>{0} told late: {1} after the deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="118" />
      <source>Told on {0}; the deadline was {1} (Art. 33(2)). {2} {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="120" />
      <source>{0} told in time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="121" />
      <source>Told on {0}, before the deadline of {1} (Art. 33(2)). {2} {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="125" />
      <source>Overdue: tell {0} now ({1} late)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="126" />
      <source>You had to tell {0} by {1} (Art. 33(2)); their own 72 hours may be running out. {2} {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="129" />
      <source>Tell {0} by {1} ({2} left)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach.py" line="130" />
      <source>You process this data for {0}: tell them without undue delay (Art. 33(2)). {1} {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="39" />
      <source>low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="39" />
      <source>medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="39" />
      <source>high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="40" />
      <source>very high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="40" />
      <source>not worked out yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="44" />
      <source>unlikely to result in a risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="44" />
      <source>a risk to people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="45" />
      <source>a high risk to people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="45" />
      <source>not decided yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="56" />
      <source>the client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="62" />
      <source>Unlikely to result in a risk to people: document the breach here, with your reasoning; no notification is needed (Art. 33(5)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="65" />
      <source>A risk to people: notify the authority without undue delay, within 72 hours of becoming aware (Art. 33(1)). The people affected need not be told, because the risk is not high.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="68" />
      <source>A high risk to people: notify the authority within 72 hours (Art. 33(1)) and also tell the people affected without undue delay, in plain language (Art. 34(1)), unless an exemption of Art. 34(3) applies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="71" />
      <source>Say what was affected (confidentiality, integrity or availability, under “What happened”) to start the assessment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="101" />
      <source>Severity score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="110" />
      <source>How each answer counted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="119" />
      <source>⚠︎ Not answered yet: {0}. The worst case is assumed until you answer, so the level may go down as you do.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="127" />
      <source>What moved the outcome (EDPB)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="135" />
      <source>Your own assessment: {0} (the facts give: {1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="137" />
      <source>Your own assessment: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="141" />
      <source>Write why you disagree in “Why you disagree” below: the record cannot be saved without it (Art. 33(5)). Your level decides who must be told. {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="145" />
      <source>Your level decides who must be told, and your reason is kept with the record. {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="153" />
      <source>Severity not worked out yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="155" />
      <source>Severity {0} of 4+ — {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="159" />
      <source>Tell {0} by {1} ({2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="161" />
      <source>Tell {0} without undue delay; fill in “Became aware at” to see by when.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="162" />
      <source>The data is {0}'s: as the controller, they decide whether to notify the authority and the people affected. {1} Pass this assessment on to them (Art. 33(2)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="170" />
      <source>From your answers above. {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="188" />
      <source>{0} notifies its own authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="189" />
      <source>The data is the client's: the client, as controller, decides whether to notify its supervisory authority (Art. 33(2)). Your part is to tell the client.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="194" />
      <source>As recorded on the organisation's page (Art. 55).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="195" />
      <location filename="../../gui/editors/breach_panel.py" line="219" />
      <source>Notify: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="199" />
      <source>Which authority? Not known yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="200" />
      <source>Fill in your country, or the supervisory authority itself, on the organisation's page: Atlas then names the authority to notify (Art. 55).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="206" />
      <source>the breach form on {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="207" />
      <source>Notify online: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="209" />
      <source>Phone: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="211" />
      <source>Email: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="213" />
      <source>Atlas could not confirm the authority's breach form: look for it on the authority's website.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/breach_panel.py" line="217" />
      <source>Worked out from your country ({0}); to use another authority, name it on the organisation's page (Art. 55).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BreachForm</name>
    <message>
      <location filename="../../../forms/breach.ui" line="13" />
      <source>Notification clock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="40" />
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="46" />
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="56" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="66" />
      <source>Links to the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="76" />
      <source>Risk assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="80" />
      <source>Answer what you know. Atlas works out the severity and who must be told as you answer; a question left empty counts at its worst until you answer it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="92" />
      <source>What your answers mean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="120" />
      <source>How each answer counted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="126" />
      <source>Questions not answered yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="133" />
      <source>What moved the outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="142" />
      <source>Your own assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="173" />
      <source>Response</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="183" />
      <source>Notifying the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="188" />
      <source>Who to notify</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="223" />
      <source>Telling the people affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="233" />
      <source>For a client (Art. 33(2))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="238" />
      <source>Telling the client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/breach.ui" line="269" />
      <source>Timeline</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BreachesChart</name>
    <message>
      <location filename="../../gui/charts.py" line="99" />
      <source>Breaches per month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/charts.py" line="112" />
      <source>Breaches per month: no figures yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/charts.py" line="113" />
      <source>{0} to {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/charts.py" line="117" />
      <source>No breaches were recorded in the last {0} months ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/charts.py" line="120" />
      <source>Breaches per month over the last {0} months ({1}): {2} in total. {3}. No breaches in the other months.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChangesStep</name>
    <message>
      <location filename="../../gui/review/figures_step.py" line="209" />
      <source>Comparing with the previous review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="212" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="212" />
      <source>Register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="212" />
      <source>What changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="213" />
      <source>Changes since the previous review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="237" />
      <source>This is the first review: there is nothing to compare with yet. The next review will list what was added, changed or retired since this one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="241" />
      <source>Since {0} (closed {1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="243" />
      <source>Nothing was added, changed or retired.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="249" />
      <source>{0} added, {1} changed, {2} retired or removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="251" />
      <source>So far: the comparison is made again when the review closes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="259" />
      <source>{0} ({1})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CloseStep</name>
    <message>
      <location filename="../../gui/review/close_step.py" line="52" />
      <source>Why the review cannot be closed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/close_step.py" line="53" />
      <source>Show the items not reviewed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/close_step.py" line="64" />
      <source>Close the review and save the &amp;pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/close_step.py" line="67" />
      <source>&amp;Save pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/close_step.py" line="92" />
      <source>The review started on {0} by {1}, from audit trail entry {2} ({3}…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/close_step.py" line="95" />
      <source>Close the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/close_step.py" line="97" />
      <source>Closing the review sets each kept record's next review date, signs the “Annual data protection review” PDF and makes the review pack: one zip holding that PDF, the full spreadsheet and the signed record of processing activities (Art. 30), with a manifest of their SHA-256 hashes. The pack is kept in the register, encrypted, and you choose where to save a copy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/close_step.py" line="103" />
      <source>1 item is not reviewed yet. Confirm, update or retire it before closing the review.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/close_step.py" line="112" />
      <source>Closed on {0} by {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/close_step.py" line="116" />
      <source>Its pack, “{0}” ({1}), is kept in the register, encrypted: save a copy whenever you need one. It is the pack made at the close, byte for byte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/close_step.py" line="122" />
      <source>SHA-256 of the pack: {0}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2688" />
      <source>%n item(s) (is|are) not reviewed yet. Confirm, update or retire each one before closing the review.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>ComputedWidget</name>
    <message>
      <location filename="../../gui/editors/widgets.py" line="221" />
      <source>worked out when the fields it depends on are filled in</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CoverageChart</name>
    <message>
      <location filename="../../gui/charts.py" line="174" />
      <source>Training coverage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/charts.py" line="187" />
      <source>{0}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/charts.py" line="192" />
      <source>Training coverage: no current staff are recorded, so there is nothing to show.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/charts.py" line="193" />
      <source>Training coverage: {0} of {1} current staff have valid data-protection training ({2}); {3} need training.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../gui/dashboard.py" line="84" />
      <source>Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="116" />
      <location filename="../../gui/dashboard.py" line="121" />
      <source>What needs action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="157" />
      <source>Breach clocks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="159" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="159" />
      <source>Due soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="159" />
      <source>Gaps to fill</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="200" />
      <source>Updating the dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="221" />
      <source>The dashboard could not be updated: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="243" />
      <source>{0} overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="244" />
      <source>{0} due soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="249" />
      <source>1 breach clock running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="250" />
      <source>{0} breach clocks running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="251" />
      <source>1 breach deadline passed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="252" />
      <source>{0} breach deadlines passed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="260" />
      <source>Go to these items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="266" />
      <source>checked {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="277" />
      <source>Deadline {0}, 72 hours after you became aware</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="280" />
      <source>{0}. Notify: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="294" />
      <source>overdue today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard.py" line="351" />
      <source>Locked</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2689" />
      <source>%n breach(es) in the last 12 months</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2690" />
      <source>%n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2691" />
      <source>%n day(s) left</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2692" />
      <source>%n day(s) overdue</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2693" />
      <source>%n day(s) {0} h</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2694" />
      <source>%n gap(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../gui/dashboard_charts.py" line="59" />
      <source>No breaches in the last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_charts.py" line="60" />
      <source>1 breach in the last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_charts.py" line="62" />
      <source>No current staff recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_charts.py" line="63" />
      <source>{0} of {1} current staff have valid training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_charts.py" line="64" />
      <source>Activities in use, by Art. 6(1) basis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="71" />
      <source>Gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="71" />
      <source>Breach clock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="72" />
      <source>All clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="126" />
      <source>less than a minute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="133" />
      <source>{0} h {1} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="134" />
      <source>{0} h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="134" />
      <source>{0} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="144" />
      <source>Decide whether to notify the authority within {0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="145" />
      <source>Notify the authority within {0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="147" />
      <source>Overdue by {0}: decide now whether to notify the authority ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="148" />
      <source>Overdue by {0}: notify the authority now and give the reasons for the delay ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="157" />
      <source>due today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="229" />
      <source>Press Enter to open the record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="293" />
      <source>Share of the 72 hours used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="311" />
      <source>Clock running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_items.py" line="320" />
      <source>Press Enter to open the breach.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateTimeWidget</name>
    <message>
      <location filename="../../gui/editors/dates.py" line="170" />
      <source>YYYY-MM-DD HH:MM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/dates.py" line="174" />
      <source>Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/dates.py" line="175" />
      <source>Fill in the current date and time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/dates.py" line="176" />
      <source>Set to now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/dates.py" line="179" />
      <source>Times are shown and typed in the organisation's time zone.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateWidget</name>
    <message>
      <location filename="../../gui/editors/dates.py" line="96" />
      <source>Warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/dates.py" line="118" />
      <source>YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DpiaEditor</name>
    <message>
      <location filename="../../gui/editors/dpia.py" line="120" />
      <source>{0} of the 9 criteria met (Art. 35(1), WP248 rev.01).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/dpia.py" line="138" />
      <source>8 weeks after sending (14 if extended), {0} (Art. 36(2)).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DpiaForm</name>
    <message>
      <location filename="../../../forms/dpia.ui" line="14" />
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/dpia.ui" line="20" />
      <source>General</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/dpia.ui" line="30" />
      <source>Screening (WP248)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/dpia.ui" line="34" />
      <source>Tick each of the nine WP248 criteria the processing meets. Two or more: a DPIA is required in most cases. One: consider a DPIA and record why not (Art. 35(1), WP248 rev.01).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/dpia.ui" line="41" />
      <source>Screening verdict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/dpia.ui" line="72" />
      <source>Assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/dpia.ui" line="82" />
      <source>Risks and measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/dpia.ui" line="91" />
      <source>Risk matrix: before and after the measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/dpia.ui" line="100" />
      <source>Risk matrix summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/dpia.ui" line="109" />
      <source>Advice and views</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/dpia.ui" line="119" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/dpia.ui" line="129" />
      <source>Prior consultation (Art. 36)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EditorWindow</name>
    <message>
      <location filename="../../gui/editors/base.py" line="101" />
      <source>Fields marked * are required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="105" />
      <source>The register is locked. Your changes are kept in this window; unlock the register to save them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="116" />
      <source>Attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="130" />
      <source>&amp;Report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="131" />
      <source>Make a PDF report of this record (saves it first)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="136" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="137" />
      <source>Close this window (Esc); asks first if there are unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="139" />
      <source>Save and &amp;close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="141" />
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="142" />
      <source>Save ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="157" />
      <source>Readers cannot change this register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="217" />
      <source>New {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="280" />
      <source>Register locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="281" />
      <source>The register is locked. Unlock it to save; your changes are kept in this window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="306" />
      <source>Not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="338" />
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/base.py" line="339" />
      <source>“{0}” has changes that are not saved. Save them before closing?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/summary.py" line="93" />
      <source>You can read this register but not change it: you are signed in as a reader. A manager can give you another role.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2695" />
      <source>%n problem(s) to fix before this can be saved:</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../gui/editors/validation.py" line="46" />
      <source>{0}, row {1}: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/validation.py" line="55" />
      <source>Row {0}: {1}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FieldForm</name>
    <message>
      <location filename="../../gui/editors/form.py" line="180" />
      <source>(required)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/form.py" line="192" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FiguresStep</name>
    <message>
      <location filename="../../gui/review/figures_step.py" line="88" />
      <source>Counting the year's figures…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="108" />
      <source>These figures cover {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="109" />
      <source>They are counted again each time you look; closing the review fixes them in the signed PDF.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="110" />
      <source>They are the figures the review was signed with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="113" />
      <source>Breaches (Art. 33–34)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="118" />
      <source>All breaches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="120" />
      <source>Cause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="120" />
      <source>Breaches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="120" />
      <source>Notified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="120" />
      <location filename="../../gui/review/figures_step.py" line="146" />
      <source>On time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="121" />
      <location filename="../../gui/review/figures_step.py" line="147" />
      <source>Late</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="121" />
      <source>Not needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="121" />
      <source>To notify, not sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="122" />
      <source>Not decided yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="124" />
      <source>Notified: to the supervisory authority, on time when within 72 hours (Art. 33(1)). Not needed: judged unlikely to result in a risk, documented only (Art. 33(5)), or a breach of a client's data, which the client notifies once we have told it (Art. 33(2)). The people affected were told in {0} of the {1} breaches (Art. 34).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="129" />
      <source>No breach was recorded in this period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="132" />
      <source>Breaches with a clock still running (Art. 33(1), 34(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="138" />
      <source>Rights requests (Art. 12–22)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="144" />
      <source>All requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="146" />
      <source>Right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="146" />
      <source>Article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="146" />
      <source>Requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="146" />
      <source>Answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="147" />
      <source>Extended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="147" />
      <source>Still open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="147" />
      <location filename="../../gui/review/figures_step.py" line="181" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="150" />
      <source>On time: answered by the due date, one month from receipt, or three when extended (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="152" />
      <source>No rights request was received in this period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="155" />
      <source>Staff training (Art. 32(4))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="157" />
      <source>{0}% of staff have valid data protection training: {1} of {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="161" />
      <source>Without valid training: {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="163" />
      <source>No staff are recorded yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="166" />
      <source>Open findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="174" />
      <source>Nothing is overdue, due soon or missing: the checks found nothing to act on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="177" />
      <source>What the checks (the dashboard, and “atlas check”) find open today: {0} overdue, {1} due soon, {2} gaps.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="181" />
      <source>Due soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="181" />
      <source>Gaps to fill</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="191" />
      <source>{0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/figures_step.py" line="198" />
      <source>… and {0} more: the dashboard lists every one.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GettingStarted</name>
    <message>
      <location filename="../../gui/dashboard_sections.py" line="186" />
      <location filename="../../gui/dashboard_sections.py" line="190" />
      <source>Getting started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_sections.py" line="191" />
      <source>Four first steps make this register useful. Each is ticked off as you do it; this list goes away once all are done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_sections.py" line="227" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_sections.py" line="227" />
      <source>To do</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <location filename="../../gui/help_window.py" line="45" />
      <source>Getting started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="46" />
      <source>The registers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="49" />
      <source>Looking after the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="109" />
      <location filename="../../gui/help_window.py" line="250" />
      <source>Atlas Desktop help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="113" />
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="116" />
      <source>Forward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="117" />
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="118" />
      <source>Back to the first page of the help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="120" />
      <source>Find in this page ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="122" />
      <source>Find in this page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="127" />
      <source>Find result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="136" />
      <source>Help contents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="145" />
      <source>Help page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="220" />
      <source>The help pages are missing from this installation of Atlas Desktop. Install it again to get them back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="250" />
      <source>{0} — Atlas Desktop help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="286" />
      <source>Not found in this page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="324" />
      <location filename="../../gui/help_window.py" line="326" />
      <source>Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/help_window.py" line="325" />
      <source>What the law asks here, in plain words ({0})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IntWidget</name>
    <message>
      <location filename="../../gui/editors/widgets.py" line="155" />
      <source>not set</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ItemsStep</name>
    <message>
      <location filename="../../gui/review/items_step.py" line="66" />
      <source>Items reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="68" />
      <source>&amp;Show only the items not reviewed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="75" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="75" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="75" />
      <source>Decided by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="75" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="76" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="77" />
      <source>Items to review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="101" />
      <source>There is nothing to review: the register has no processing activities, processors, DPIAs, policies or purposes relying on consent yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="108" />
      <source>&amp;Confirm unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="109" />
      <source>The selected records are still true as they are</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="110" />
      <source>&amp;Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="111" />
      <location filename="../../gui/review/items_step.py" line="273" />
      <source>Open the record in its editor; saving a change marks it updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="112" />
      <source>&amp;Retire…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="113" />
      <source>The selected records no longer apply: they are kept in the history, but no longer active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="115" />
      <source>&amp;Undo confirmation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="116" />
      <source>Take back “Confirmed unchanged” for the selected records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="117" />
      <source>Confirm &amp;all remaining…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="118" />
      <source>Confirm every item not reviewed yet as unchanged, except those that need your attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="157" />
      <source>{0} of {1} reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="160" />
      <source>{0} confirmed unchanged · {1} updated · {2} retired · {3} not reviewed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="164" />
      <source>&lt;b&gt;{0} need your attention&lt;/b&gt; (marked “Needs attention”): open each one, or confirm it with a note. “Confirm all remaining” leaves them to you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="189" />
      <source>{0} — {1} of {2} reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="208" />
      <source>Needs attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="247" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="247" />
      <source>Breach clock running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="248" />
      <source>Gap in the record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="263" />
      <source>Take back “Confirmed unchanged” for the selected records. To undo a retirement, open the record (Edit…) and set its status back: it then counts as updated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="269" />
      <source>Consent purposes have no editor of their own: this shows the consent records for this purpose on the Consents page. Changing any of them marks the purpose as updated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="295" />
      <source>Confirm unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="309" />
      <source>Undo confirmation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="320" />
      <source>Retire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="327" />
      <source>Confirm the {0} items not reviewed yet as unchanged?

Do this only once you have checked that each one is still true. You can undo a confirmation until the review is closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="331" />
      <source>{0} more need your attention and are left for you: open each one, or confirm it with a note.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="333" />
      <location filename="../../gui/review/items_step.py" line="334" />
      <source>Confirm all remaining</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/items_step.py" line="333" />
      <source>Confirm all</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LinkWidget</name>
    <message>
      <location filename="../../gui/editors/choices.py" line="149" />
      <source>#{0} (no longer in the register)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LinksWidget</name>
    <message>
      <location filename="../../gui/editors/lists.py" line="191" />
      <source>Search {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/lists.py" line="193" />
      <source>Search {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/lists.py" line="212" />
      <source>#{0} (no longer in the register)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/lists.py" line="231" />
      <source>{0} selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/lists.py" line="232" />
      <source>There are no {0} yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../gui/mainwindow.py" line="96" />
      <source>Registers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="45" />
      <source>Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="46" />
      <source>Processing activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="47" />
      <source>Processors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="48" />
      <source>DPIAs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="49" />
      <source>Breaches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="50" />
      <source>Rights requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="51" />
      <source>Consents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="52" />
      <source>Staff &amp; training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="53" />
      <source>Policies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="54" />
      <source>Annual reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="55" />
      <source>Audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="57" />
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="267" />
      <source>Atlas Desktop — locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="270" />
      <source>{0} — Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="277" />
      <source>Signed in as {0} ({1}) · {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="280" />
      <source>Outbox on this computer · encrypted · for {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/mainwindow.py" line="281" />
      <source>Register: {0} · encrypted</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message>
      <location filename="../../gui/review/item_dialogs.py" line="55" />
      <source>Confirm with a note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/item_dialogs.py" line="59" />
      <source>This record needs your attention before you confirm it unchanged:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/item_dialogs.py" line="67" />
      <source>…and {0} more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/item_dialogs.py" line="69" />
      <source>If it is right as it is, say why in a note: the note, your name and the time are kept with the decision and printed in the signed review. Otherwise, cancel and open the record to put it right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/item_dialogs.py" line="72" />
      <source>For example: the contract was renewed in May; the new date is being added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/item_dialogs.py" line="74" />
      <source>Why it stands as it is (required)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/item_dialogs.py" line="75" />
      <source>&amp;Why it stands as it is (required):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/item_dialogs.py" line="80" />
      <source>Confirm with this note</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2696" />
      <source>These %n record(s) need your attention before you confirm them unchanged:</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>NoticePanel</name>
    <message>
      <location filename="../../gui/editors/judgements.py" line="58" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/judgements.py" line="58" />
      <source>Attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/judgements.py" line="59" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/judgements.py" line="59" />
      <source>Information</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OrganisationEditor</name>
    <message>
      <location filename="../../gui/editors/judgements.py" line="95" />
      <source>Do you need a DPO? (Art. 37)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/judgements.py" line="96" />
      <source>Must you keep a record of processing? (Art. 30(5))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/judgements.py" line="141" />
      <source>You have one: their details go under “Data protection contact”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Outbox</name>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2697" />
      <source>%n breach(es)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2698" />
      <source>%n breach(es) logged offline on this computer (is|are) waiting to be sent to this team register.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="60" />
      <source>A breach cannot wait for the network: the 72-hour clock runs from when you became aware of it. You can log it now in the outbox on this computer (encrypted with your password); it is sent to the team register the next time you sign in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="66" />
      <source>&amp;Log a breach offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="67" />
      <source>Log a breach offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="68" />
      <source>Open the outbox on this computer: only breaches can be logged there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="81" />
      <source>Sign &amp;in to send them…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="82" />
      <source>Outbox on this computer: breaches logged here are sent to {0} when it can be reached.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="84" />
      <source>Sign in to the team register: the breaches waiting here are then offered for sending.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="86" />
      <source>Outbox on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="95" />
      <source>&amp;Send now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="97" />
      <source>Send the breaches logged offline now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="98" />
      <source>Send them to the team register with the times they were logged, so their 72-hour clocks are unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="104" />
      <source>1 breach logged offline on this computer is waiting to be sent to this team register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="143" />
      <source>Breaches logged offline may be waiting on this computer, but the outbox did not open: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="146" />
      <source>Looking for breaches logged offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="162" />
      <source>Sending the breaches logged offline…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="177" />
      <source>{0} sent to the team register, with the time it was logged: its 72-hour clock is unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="178" />
      <source>{0} sent to the team register, each with the time it was logged: their 72-hour clocks are unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="182" />
      <source>{0} still waiting in the outbox.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="183" />
      <source>Breaches sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="189" />
      <source>Not all breaches were sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="189" />
      <source>{0} What was not sent is still in the outbox on this computer: try again later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_outbox.py" line="193" />
      <source>Sending breaches</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <location filename="../../gui/team_people.py" line="37" />
      <source>Manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="38" />
      <source>adds and removes people, and changes records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="39" />
      <source>Editor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="39" />
      <source>adds and changes records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="40" />
      <source>Reader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="40" />
      <source>reads the register only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="125" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="125" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="126" />
      <source>Can sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="126" />
      <source>Has key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="53" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="53" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="64" />
      <source>Change {0}'s role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="64" />
      <source>Add a person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="66" />
      <source>The new role applies at once. Their copy of the team key is made again, so they also get a new password: give it to them in person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="68" />
      <source>They sign in with this name and password, and get their own copy of the team key. Every change they make is recorded under their name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="75" />
      <source>Sign-in name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="76" />
      <source>e.g. ana.pop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="77" />
      <source>2 to 41 lower-case letters, digits, '.', '-' or '_', starting with a letter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="79" />
      <source>Sign-in &amp;name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="85" />
      <source>&amp;Role:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="87" />
      <source>Their password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="87" />
      <source>Their new password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="93" />
      <source>&amp;Change role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="94" />
      <source>&amp;Add person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="104" />
      <source>Type their sign-in name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="114" />
      <source>Changing {0}'s role…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="114" />
      <source>Adding {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="133" />
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="140" />
      <source>Who can sign in to this team register, and what each may do: managers add and remove people and change records, editors add and change records, readers only read. “Can sign in”: the server lets them in. “Has key”: they hold their copy of the team key, without which they cannot open the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="148" />
      <source>People in this team register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="161" />
      <source>&amp;Add person…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="162" />
      <source>Let someone sign in: their name, role and first password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="163" />
      <source>Change &amp;role…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="164" />
      <location filename="../../gui/team_people.py" line="225" />
      <source>Give the selected person another role (and a new password).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="165" />
      <source>Re&amp;move…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="166" />
      <location filename="../../gui/team_people.py" line="226" />
      <source>The selected person can no longer sign in; what they recorded stays.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="198" />
      <source> (you)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="207" />
      <source>1 person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="207" />
      <source>{0} people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="224" />
      <source>You cannot change your own role or remove yourself: ask another manager.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="258" />
      <location filename="../../gui/team_people.py" line="261" />
      <source>Remove {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="259" />
      <source>{0} will no longer be able to sign in to this team register, and their copy of the team key is deleted. What they recorded, and the audit trail naming them, stay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="269" />
      <source>Removing {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_people.py" line="270" />
      <source>{0} was not removed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProblemBox</name>
    <message>
      <location filename="../../gui/problem_box.py" line="32" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/problem_box.py" line="36" />
      <source>Problem details</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProblemSummary</name>
    <message>
      <location filename="../../gui/editors/summary.py" line="32" />
      <source>Problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/summary.py" line="42" />
      <source>Problems to fix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/summary.py" line="56" />
      <source>Go to this field</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="2671" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2672" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2673" />
      <source>Cu&amp;t</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2674" />
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2675" />
      <source>&amp;Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2676" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2677" />
      <source>Select All</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QObject</name>
    <message>
      <location filename="../../gui/tasks.py" line="79" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="2644" />
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2645" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2646" />
      <source>Save All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2647" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2648" />
      <source>&amp;Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2649" />
      <source>Yes to &amp;All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2650" />
      <source>&amp;No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2651" />
      <source>N&amp;o to All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2652" />
      <source>Abort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2653" />
      <source>Retry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2654" />
      <source>Ignore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2655" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2656" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2657" />
      <source>Discard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2658" />
      <source>Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2659" />
      <source>Apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2660" />
      <source>Reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2661" />
      <source>Restore Defaults</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="2678" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2679" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2680" />
      <source>Cu&amp;t</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2681" />
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2682" />
      <source>Copy &amp;Link Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2683" />
      <source>&amp;Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2684" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2685" />
      <source>Select All</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="2662" />
      <source>&lt; &amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2663" />
      <source>&amp;Next &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2664" />
      <source>&amp;Finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2665" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2666" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2667" />
      <source>Go Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2668" />
      <source>Continue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2669" />
      <source>Commit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2670" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordTableModel</name>
    <message>
      <location filename="../../gui/tablemodel.py" line="353" />
      <source>Nothing due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/tablerows.py" line="66" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/tablerows.py" line="68" />
      <source>Due soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/tableheader.py" line="36" />
      <source>Attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/tableheader.py" line="38" />
      <source>{0} (weekends only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/tableheader.py" line="42" />
      <source>Overdue or due soon, judged as the dashboard judges it. Sorting by this column sorts by the deadline.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/tableheader.py" line="46" />
      <source>The dates shown are {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/tablerows.py" line="247" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/tablerows.py" line="247" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RegisterView</name>
    <message>
      <location filename="../../gui/registerview.py" line="111" />
      <source>&amp;New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="112" />
      <source>Add a new {0} (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="113" />
      <source>Ed&amp;it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="115" />
      <source>Open the selected {0} (Enter or double-click)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="116" />
      <source>D&amp;uplicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="118" />
      <source>Copy the selected {0} as a new one (Ctrl+D)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="120" />
      <source>De&amp;lete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="121" />
      <source>Delete the selected {0} (Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="144" />
      <source>Filter…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="146" />
      <source>Filter {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="147" />
      <source>Show only records containing this text (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="152" />
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="158" />
      <source>&amp;{0}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="160" />
      <source>Show {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="168" />
      <source>Number of records shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="241" />
      <source>Could not duplicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="255" />
      <location filename="../../gui/registerview.py" line="267" />
      <source>Could not delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="260" />
      <source>Delete the {0} "{1}"?

Its attachments are deleted too. The audit trail keeps a record of the deletion.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="262" />
      <source>Delete {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/registerview.py" line="262" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/register_count.py" line="30" />
      <source>Type at least {0} characters to search {1} {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/register_count.py" line="33" />
      <source>{0} {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/register_count.py" line="35" />
      <source>{0} of {1} {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/register_empty.py" line="26" />
      <source>No {0} yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/register_empty.py" line="29" />
      <source>There are no {0} yet. To record the first one, choose New (Ctrl+N).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/register_empty.py" line="35" />
      <source>New {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/register_empty.py" line="59" />
      <source>There are no {0} yet. Most offices do some of those below: tick yours, and Atlas adds each one filled in with the usual lawful basis, data, recipients and retention, as a starting point to check and adjust. Or start from scratch (Ctrl+N).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/register_empty.py" line="62" />
      <source>Start from scratch…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2699" />
      <source>Audit trail: %n entr(y|ies), and its last entry matches the one recorded when the backup was made. {0}</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="289" />
      <source>Atlas backups (*.atlasbak)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="288" />
      <source>Choose a backup to restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="334" />
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="349" />
      <source>Checking and restoring the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="349" />
      <source>Restoring the key file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="379" />
      <source>Nothing was restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="81" />
      <source>Kept before a restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="83" />
      <source>Before an upgrade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="85" />
      <source>Automatic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="86" />
      <source>Made by hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="86" />
      <source>Chosen file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="94" />
      <source>{0} KB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="95" />
      <source>{0:.1f} MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="120" />
      <location filename="../../gui/restore_dialog.py" line="334" />
      <source>Restore from a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="130" />
      <source>Choose a backup to put in place of “{0}”. Everything saved after the backup was made is replaced by what the backup holds. Nothing is lost: the register as it is now is first kept as a backup in {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="136" />
      <source>Made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="136" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="136" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="136" />
      <source>Check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="145" />
      <source>Backups of this register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="149" />
      <source>No backup of this register was found in {0}. If you keep backups elsewhere, choose one with “Choose another file…”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="157" />
      <source>About the chosen backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="161" />
      <source>Restore only the &amp;key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="163" />
      <source>For a damaged or missing key file: the register's data is not touched, and it then opens with the passphrase of the backup's time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="175" />
      <source>Choose another &amp;file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="180" />
      <source>R&amp;estore…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="203" />
      <source>Checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="203" />
      <source>✓ Verified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="203" />
      <source>Cannot be restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="234" />
      <source>Checking the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="247" />
      <source>Its history is not part of the register's current one (it differs from entry {0} on, for example after an earlier restore).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="249" />
      <source>The register's current audit trail holds the same first {0} entries; {1} were added since.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="266" />
      <source>File: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="268" />
      <source>Made: {0} (this computer's time), a backup of “{1}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="271" />
      <source>Checking it now…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="276" />
      <source>✓ Verified: its contents match its manifest, and the database passed both integrity checks and the audit-chain check.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="279" />
      <source>It cannot be restored: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="306" />
      <source>{0} is a backup of another register, not of “{1}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="328" />
      <source>Replace the key file of “{0}” with the one in the backup made {1}? The register's data is not touched; afterwards it opens with the passphrase and recovery key of that time. The current key file is kept beside it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="331" />
      <source>Replace “{0}” with the backup made {1}? Everything saved since then is replaced. The register as it is now is first kept as a backup in {2}, and the register is closed and opened again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="338" />
      <source>Checking the passphrase of the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="363" />
      <source>Restoring…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restore_dialog.py" line="381" />
      <source>The register is as it was; it opens again when you close this window.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RetireDialog</name>
    <message>
      <location filename="../../gui/review/item_dialogs.py" line="23" />
      <location filename="../../gui/review/item_dialogs.py" line="40" />
      <source>Retire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/item_dialogs.py" line="27" />
      <source>and {0} more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/item_dialogs.py" line="28" />
      <source>Retire {0}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/item_dialogs.py" line="33" />
      <source>For example: the contract ended in March</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/item_dialogs.py" line="34" />
      <source>Why it is retired (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/item_dialogs.py" line="35" />
      <source>&amp;Why (optional):</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReverseLinksWidget</name>
    <message>
      <location filename="../../gui/editors/lists.py" line="281" />
      <source>Linked from each {0}'s “{1}”; double-click one to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/lists.py" line="298" />
      <source>None yet</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewWindow</name>
    <message>
      <location filename="../../gui/review/window.py" line="60" />
      <location filename="../../gui/review/window.py" line="226" />
      <source>Annual data protection review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="69" />
      <source>Every decision is saved as you make it. Pause whenever you like: close this window and carry on later, even after a lock or on another day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="71" />
      <source>&lt; &amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="73" />
      <source>&amp;Next &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="75" />
      <location filename="../../gui/review/window.py" line="198" />
      <source>&amp;Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="76" />
      <source>Close this window; the review keeps every decision made so far</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="110" />
      <source>&amp;Start the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="131" />
      <source>Steps of the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="170" />
      <location filename="../../gui/review/window.py" line="225" />
      <source>Annual review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="183" />
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="183" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="184" />
      <source>{0} · started {1} by {2} · the figures cover {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="190" />
      <source>1. Records ({0} of {1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="190" />
      <source>2. The year's figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="191" />
      <source>3. Changes since last time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="192" />
      <source>4. Close and sign</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="192" />
      <source>4. Review pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="198" />
      <location filename="../../gui/review/window.py" line="231" />
      <source>C&amp;lose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="209" />
      <source>The last review, {0}, was closed on {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="211" />
      <source>This will be the first review of this register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="213" />
      <source>Once a year, go through every record that describes your ongoing processing and say whether it is still true, needs updating, or no longer applies. The GDPR asks you to be able to show that you comply (Art. 5(2)) and to review and update your measures where necessary (Art. 24(1)): this review is that check, written down and signed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="217" />
      <source>It covers:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="218" />
      <source>It also counts the year's figures for {0}: breaches, rights requests, staff training and what the checks find open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="220" />
      <source>You can pause at any time. Every decision is saved as you make it, and the review waits for you, across days and locks, until you close it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="222" />
      <source>When every record is decided, closing the review dates each record's next review and makes a signed review pack.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="227" />
      <source>No review is in progress.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="261" />
      <source>Counting the year's figures…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="264" />
      <source>Counting the year's figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/window.py" line="285" />
      <source>Start the review</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewsPage</name>
    <message>
      <location filename="../../gui/reviews_page.py" line="46" />
      <location filename="../../gui/reviews_page.py" line="72" />
      <location filename="../../gui/reviews_page.py" line="94" />
      <source>Annual reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="50" />
      <source>Once a year, confirm, update or retire every activity, processor, DPIA, policy and purpose relying on consent, and look back at the year's breaches, requests and training (Art. 5(2), 24(1)). Each closed review keeps its signed pack; save it again whenever you need it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="55" />
      <source>&amp;Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="56" />
      <source>Show the selected review: its records, figures and changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="59" />
      <source>&amp;Save pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="60" />
      <source>Save the selected closed review's signed pack (a zip) to a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="70" />
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="70" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="70" />
      <source>Figures cover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="71" />
      <source>Started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="71" />
      <location filename="../../gui/reviews_page.py" line="141" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="71" />
      <source>Records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="86" />
      <source>No review yet. The first one takes an afternoon: you go through each record, mark it confirmed, updated or retired, and look at the year's figures. You can pause whenever you like.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="89" />
      <source>Start the first review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="140" />
      <source>In progress: {0} of {1} reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="142" />
      <source>{0}: {1} confirmed, {2} updated, {3} retired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="144" />
      <location filename="../../gui/reviews_page.py" line="145" />
      <source>{0} by {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="147" />
      <source>{0} – today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="164" />
      <source>&amp;Continue the review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="164" />
      <source>S&amp;tart a review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="165" />
      <source>Open the review in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reviews_page.py" line="166" />
      <source>Start this year's review</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RichEditor</name>
    <message>
      <location filename="../../gui/editors/rich.py" line="89" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rich.py" line="89" />
      <source>Attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rich.py" line="90" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rich.py" line="90" />
      <source>Information</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RightsRequestEditor</name>
    <message>
      <location filename="../../gui/editors/rights.py" line="59" />
      <source>The one-month clock has not started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rights.py" line="60" />
      <source>It starts on the day the request arrives: fill in “Received on” (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rights.py" line="62" />
      <source>Working out the due date…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rights.py" line="67" />
      <source> Extended by two months; the person was told on {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rights.py" line="69" />
      <source> Extended by two months: tell the person, with your reasons, by {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rights.py" line="77" />
      <source>Answered late, on {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rights.py" line="78" />
      <location filename="../../gui/editors/rights.py" line="81" />
      <source>It was due on {0}, {1} (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rights.py" line="83" />
      <source>Due on {0}: one month from receipt{1}, {2} (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rights.py" line="79" />
      <source> on {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rights.py" line="80" />
      <source>Finished{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rights.py" line="84" />
      <source>, plus two months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rights.py" line="86" />
      <source> To skip public holidays too, choose your country under Organisation → Dates and deadlines.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/rights.py" line="92" />
      <source>Due today</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2700" />
      <source>%n day(s) left</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2701" />
      <source>Overdue by %n day(s): answer it now</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>RightsRequestForm</name>
    <message>
      <location filename="../../../forms/rights_request.ui" line="13" />
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/rights_request.ui" line="40" />
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/rights_request.ui" line="46" />
      <source>Request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/rights_request.ui" line="56" />
      <source>Deadline and extension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../forms/rights_request.ui" line="60" />
      <source>One month from the day the request arrived. If that month has no such day, the last day of the month; a weekend, or a public holiday of the country you set under Organisation → Dates and deadlines, moves it to the next working day. For complex or numerous requests you may take two further months, but only if you tell the person within the first month, with your reasons (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RiskMatrix</name>
    <message>
      <location filename="../../gui/editors/riskmatrix.py" line="66" />
      <source>Risk matrix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/riskmatrix.py" line="93" />
      <source>No risk has a likelihood and a severity yet, so none is plotted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/riskmatrix.py" line="97" />
      <location filename="../../gui/editors/riskmatrix.py" line="232" />
      <source>before the measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/riskmatrix.py" line="98" />
      <location filename="../../gui/editors/riskmatrix.py" line="232" />
      <source>after the measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/riskmatrix.py" line="100" />
      <source>{0} × {1} = {2} {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/riskmatrix.py" line="103" />
      <source>Risk {0}{1}: likelihood × severity {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/riskmatrix.py" line="104" />
      <source>; </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/riskmatrix.py" line="150" />
      <source>Severity →</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/riskmatrix.py" line="155" />
      <source>Likelihood →</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScreeningWidget</name>
    <message>
      <location filename="../../gui/editors/dpia.py" line="49" />
      <source>Note on {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <location filename="../../gui/dashboard_sections.py" line="79" />
      <source>{0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dashboard_sections.py" line="101" />
      <source>Show {0} more (of {1} left)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2702" />
      <source>{0}: %n item(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>SectionNav</name>
    <message>
      <location filename="../../gui/editors/sections.py" line="47" />
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/sections.py" line="115" />
      <source>{0} ({1} to fix)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../gui/settings_dialog.py" line="43" />
      <location filename="../../gui/settings_dialog.py" line="158" />
      <location filename="../../gui/settings_dialog.py" line="175" />
      <source>Preferences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="55" />
      <source>Your name for the audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="56" />
      <source>Written next to every change you make, so the audit trail shows who did what (Art. 5(2) accountability). Leave it empty to use the name recorded in the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="59" />
      <source>&amp;Your name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="64" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="65" />
      <source>Never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="66" />
      <source>Lock after idle minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="67" />
      <source>Atlas locks itself after this many minutes without use, and when the computer sleeps or the screen locks (Art. 32 security).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="69" />
      <source>&amp;Lock after:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="73" />
      <location filename="../../gui/settings_dialog.py" line="150" />
      <source>Backup folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="74" />
      <source>Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="75" />
      <source>Choose the backup folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="82" />
      <source>&amp;Backup folder:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="89" />
      <source> h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="90" />
      <source>Back up every hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="91" />
      <source>How often an encrypted backup is made automatically while the register is open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="93" />
      <source>Back up &amp;every:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="98" />
      <source>Backups to keep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="99" />
      <source>Backups to &amp;keep:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="102" />
      <source>Same as the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="106" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="107" />
      <source>The language of the window, the help, the findings and the reports. A change takes effect the next time Atlas starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="109" />
      <source>L&amp;anguage:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="110" />
      <source>Atlas speaks the new language from its next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="117" />
      <source>Remember this register on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="118" />
      <source>Remember on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="119" />
      <source>Opens without the passphrase for your user account on this computer, using the system's secure keyring. Anyone who can log in as you can then open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="129" />
      <source>A team register opens only with your password: Atlas keeps no password or key for it on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="132" />
      <source>In a team register the audit trail names you by your sign-in ({0}); this name is used for registers on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="136" />
      <source>No secure keyring is available on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="143" />
      <source>These settings belong to this computer. They hold no register data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/settings_dialog.py" line="158" />
      <source>The backup folder must be a full path.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TableWidget</name>
    <message>
      <location filename="../../gui/editors/table.py" line="92" />
      <source>{0}: rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/table.py" line="98" />
      <source>Add row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/table.py" line="99" />
      <source>Add a row to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/table.py" line="101" />
      <source>Remove row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/table.py" line="102" />
      <source>Remove the selected row of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/table.py" line="164" />
      <source>Row {0} of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/table.py" line="173" />
      <source>No rows yet: press Add row.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/table.py" line="174" />
      <source>Select a row to edit it below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/table.py" line="183" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/table.py" line="183" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TagsWidget</name>
    <message>
      <location filename="../../gui/editors/lists.py" line="102" />
      <source>{0}: entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/lists.py" line="107" />
      <source>Type an entry and press Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/lists.py" line="115" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/lists.py" line="116" />
      <source>Add to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/lists.py" line="118" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/lists.py" line="119" />
      <source>Remove from {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TemplatePicker</name>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2703" />
      <source>Add %n activit(y|ies)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../gui/template_picker.py" line="36" />
      <source>Add the ticked activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/template_picker.py" line="46" />
      <source>Activity templates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/template_picker.py" line="48" />
      <source>Activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/template_picker.py" line="48" />
      <source>What it covers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/template_picker.py" line="57" />
      <source>{0} (already in the register)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/template_picker.py" line="106" />
      <source>Could not add the activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/template_picker.py" line="120" />
      <source>Start from a template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/template_picker.py" line="154" />
      <source>Add activities from templates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/template_picker.py" line="159" />
      <source>Tick the activities your office does. Each is added filled in with the usual lawful basis, data, recipients and retention: a starting point to check and adjust to your office, not legal advice.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>YourNameDialog</name>
    <message>
      <location filename="../../gui/your_name.py" line="33" />
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/your_name.py" line="34" />
      <source>No name is recorded for you in this register yet. Atlas writes it in the audit trail next to each change and on sign-offs, so the office can show who did what (Art. 5(2), 30). Until you give it, changes are recorded as “{0}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/your_name.py" line="40" />
      <source>e.g. Ana Popescu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/your_name.py" line="41" />
      <source>Your name, shown in the audit trail and on sign-offs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/your_name.py" line="43" />
      <source>e.g. Office manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/your_name.py" line="44" />
      <source>Your role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/your_name.py" line="45" />
      <source>Your na&amp;me:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/your_name.py" line="46" />
      <source>Your &amp;role:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/your_name.py" line="49" />
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/your_name.py" line="50" />
      <source>Not &amp;now</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>_Combo</name>
    <message>
      <location filename="../../gui/editors/choices.py" line="47" />
      <source>— not set —</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>argparse</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="872" />
      <source>%(prog)s: error: %(message)s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="873" />
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="874" />
      <source>argument %(argument_name)s: %(message)s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="875" />
      <source>expected at least one argument</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="876" />
      <source>expected at most one argument</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="877" />
      <source>expected one argument</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="878" />
      <source>ignored explicit argument %r</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="879" />
      <source>invalid %(type)s value: %(value)r</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="880" />
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="881" />
      <source>not allowed with argument %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="882" />
      <source>one of the arguments %s is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="883" />
      <source>options</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="884" />
      <source>positional arguments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="885" />
      <source>show program's version number and exit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="886" />
      <source>show this help message and exit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="887" />
      <source>the following arguments are required: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="888" />
      <source>unrecognized arguments: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="889" />
      <source>usage:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>breach</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="890" />
      <source> (deadline {when})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="891" />
      <source> (the deadline passed on {when})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="892" />
      <source>+ 0: a trusted recipient confirmed deleting it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="893" />
      <source>+ 0: restored from the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="894" />
      <source>+ 0: unreadable to them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="895" />
      <source>An up-to-date backup restored it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="896" />
      <source>Answer the risk questions: the assessment decides whether the authority must be notified.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="897" />
      <source>Breach {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="898" />
      <source>Children or vulnerable people affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="899" />
      <source>Could others see the data?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="900" />
      <source>Data out of reach without a working backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="901" />
      <source>Data taken on purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="902" />
      <source>Decided by the assessment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="903" />
      <source>Done on purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="905" />
      <source>Every breach is documented here, notified or not: the facts, the effects and the remedial action.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="906" />
      <source>Every loss neutralised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="907" />
      <source>High risk, but the Art. 34(3)({letter}) exemption is recorded: {exemption}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="908" />
      <source>High risk: tell the people affected without undue delay, in clear and plain language.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="909" />
      <source>How easily people can be identified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="910" />
      <source>In this case, the data reveals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="911" />
      <source>Kind of data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="912" />
      <source>Make the public communication and record when and where: it replaces the individual notices, it does not remove the duty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="913" />
      <source>Many people affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="914" />
      <source>Nothing that was affected can still harm people (the data was unreadable, restored from a backup, or deleted by a trusted recipient), so the breach is unlikely to result in a risk ({source}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="915" />
      <source>Notify the supervisory authority without undue delay and within 72 hours of becoming aware.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="916" />
      <source>People depend on our service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="917" />
      <source>People depend on the service, so losing the data, even for a while, affects them directly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="918" />
      <source>Say what was affected (confidentiality, integrity, availability) to start the assessment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="919" />
      <source>Sensitive, financial or identity data, or children's data, in strangers' hands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="920" />
      <source>Severity score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="921" />
      <source>Someone took or exposed the data deliberately, so its misuse is likely</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="922" />
      <source>Special-category, financial, identity or login data, or data about children and vulnerable people, may be in the hands of people who can misuse it: a high risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="923" />
      <source>Telling each person would take disproportionate effort: a public communication informs them as effectively instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="924" />
      <source>The data was not restored quickly from a backup, so people were without it or lost it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="925" />
      <source>The decision is {client}'s, as the controller.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="926" />
      <source>The risk is not high, so the people affected need not be told.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="927" />
      <source>Unlikely to result in a risk: no notification, but keep your reasoning in this record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="928" />
      <source>Unreadable to whoever got it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="929" />
      <source>Was data copied out?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="930" />
      <source>Was the data changed?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="931" />
      <source>Was the data lost or out of reach?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="932" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="933" />
      <source>You process this data for {client}: tell them without undue delay. They decide whether to notify the authority and the people affected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="934" />
      <source>a public communication replaced the individual notices on {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="935" />
      <source>assumed: the data involved is not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="936" />
      <source>counted as seen by unknown people (cannot be ruled out)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="937" />
      <source>counted as seen by unknown people (confirmed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="938" />
      <source>decided not to notify the authority (reason: {reason})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="939" />
      <source>decided not to notify the authority, with no reason recorded yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="940" />
      <source>decided to notify the authority, not notified yet{deadline}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="941" />
      <source>decision on notifying the authority pending{deadline}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="942" />
      <source>decision on telling the people affected pending (the risk is not assessed yet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="943" />
      <source>from the data involved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="944" />
      <source>from {categories}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="945" />
      <source>high risk: the people affected are not told yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="946" />
      <source>high risk: the public communication replacing the individual notices is not made yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="947" />
      <source>lowers the risk to none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="948" />
      <source>not answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="949" />
      <source>not answered: taken as directly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="950" />
      <source>not answered: taken as lost for good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="951" />
      <source>not answered: taken as misused and lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="952" />
      <source>not answered: taken as seen by unknown people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="953" />
      <source>not notified the authority: unlikely to result in a risk (reason: {reason})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="954" />
      <source>not notified the authority: unlikely to result in a risk, with no reason recorded yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="955" />
      <source>not notified: assessed unlikely to result in a risk (reason: {reason})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="956" />
      <source>not notified: assessed unlikely to result in a risk, with no reason recorded yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="957" />
      <source>notified the authority on {when}, after the 72 hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="958" />
      <source>notified the authority on {when}, within the 72 hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="959" />
      <source>raises it to a high risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="960" />
      <source>raises it to a risk: notify the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="961" />
      <source>special-category or criminal data involved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="962" />
      <source>the authority is to be notified, not notified yet{deadline}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="963" />
      <source>the client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="964" />
      <source>the people affected are not told: {article} exemption recorded ({exemption})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="965" />
      <source>the people affected need not be told (the risk is not high)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="966" />
      <source>to be notified to the authority (the risk assessment says so), not notified yet{deadline}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="967" />
      <source>told the people affected on {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="968" />
      <source>{answer} ({why})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="969" />
      <source>{client} (the controller) not told yet{deadline}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="970" />
      <source>{client} (the controller) told on {when}, who decides on notifying</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2704" />
      <source>{count} (person|people) (is|are) affected</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="971" />
      <source>{level}: {risk}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="904" />
      <source>EI {score} (nobody can tell who)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="972" />
      <source>{why} ({source}).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>checks</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="973" />
      <source> (the adequacy decision for {country} covers only some recipients: check this one is covered)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="974" />
      <source> (yours is {country})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="975" />
      <source> ({country} has an adequacy decision: choose it if it applies)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="976" />
      <source> — {who} {reasons}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="977" />
      <source>"{country}"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="978" />
      <source>"{country}" with the region "{region}"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="979" />
      <source>"{text}" is not in the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="980" />
      <source>"{title}"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="981" />
      <source>"{title}" is retired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="982" />
      <source>(not described)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="983" />
      <source>(unnamed data)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="984" />
      <source>(unnamed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="985" />
      <source>Atlas has no public-holiday calendar for {which}, so deadlines skip weekends only: choose your country (and region) again in “{field}”, under {place}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="986" />
      <source>No data-protection training is recorded for {who}: train them and record it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="987" />
      <source>Set your country so deadlines skip its public holidays: until you do, the deadline for answering a request skips weekends only and may fall on a holiday. Choose it{hint} in “{field}”, under {place}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="988" />
      <source>The organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="989" />
      <source>a country not named</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="990" />
      <source>activity #{id} is not in the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="991" />
      <source>handles special-category data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="992" />
      <source>less than an hour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="993" />
      <source>the EU by default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="994" />
      <source>the client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="995" />
      <source>the effects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="996" />
      <source>the facts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="997" />
      <source>the remedial action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="998" />
      <source>today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="999" />
      <source>tomorrow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1000" />
      <source>yesterday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1001" />
      <source>{kind} "{title}"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1002" />
      <source>{name} (used by {users}): the agreement lacks these clauses — add them and tick them: {clauses}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1003" />
      <source>{name} ({right}) had to be answered by {due} ({when}; {calendar}): answer it now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1004" />
      <source>{name} ({right}) must be answered by {due} ({when}; {calendar}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1005" />
      <source>{name} ended on {date}; counted at the latest from that day, {periods}: delete that data and record the date in {field}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1006" />
      <source>{name} has never been reviewed: check the entry and fill in {field}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1007" />
      <source>{name} has no contact details: add an email, phone or address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1008" />
      <source>{name} has no purpose: add each purpose with its lawful basis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1009" />
      <source>{name} has no retention period: say how long each kind of data is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1010" />
      <source>{name} has no security review recorded: check their guarantees and fill in {field}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1011" />
      <source>{name} has not been approved: have management approve it and record the date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1012" />
      <source>{name} has not been signed off: finish it and record the sign-off date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1013" />
      <source>{name} is a case where the law always requires a DPIA ({cases}): carry one out before going on; a note on why not cannot replace it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1014" />
      <source>{name} is high risk: tell the people affected without undue delay, or record the Art. 34(3) exemption that applies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1015" />
      <source>{name} is used by {users} but no signed data processing agreement is recorded: sign one and record the date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1016" />
      <source>{name} leaves a high risk after the measures: consult the authority before processing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1017" />
      <source>{name} meets one DPIA screening criterion: record why no DPIA is needed, or carry one out.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2705" />
      <source>%n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2706" />
      <source>%n day(s) ago</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2707" />
      <source>%n hour(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2708" />
      <source>handles special-category data and was involved in breach(es) {breaches}</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2709" />
      <source>in %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2710" />
      <source>was involved in breach(es) {breaches}</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2711" />
      <source>{name} meets %n DPIA screening criteri(on|a) but has no DPIA: carry one out before going on, or record why the risk is not high (WP248 rev.01).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2712" />
      <source>{name}: consent to an online service by someone aged %n, under the age of digital consent ({limit} in {where}), with no parent or guardian recorded as giving or authorising it: record who did and how it was checked, or stop relying on it.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1018" />
      <source>{name} must designate a Data Protection Officer and names none: {grounds} Appoint one, then tick DPO and record their name and contact.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1019" />
      <source>{name} names nobody for data protection: name the DPO or the person responsible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1020" />
      <source>{name} processes data in {where} with no transfer mechanism{hint}: record what makes it lawful.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1021" />
      <source>{name} relies on Art. 34(3)(a), but the assessment does not say the data was unreadable to whoever got it (encrypted with the key safe): tick it if true, or tell the people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1022" />
      <source>{name} relies on Art. 34(3)(c): make the public communication and record when and where it was published. It replaces the individual notices; it does not remove the duty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1023" />
      <source>{name} relies on consent but no consent record links to it: record who consented, when and how.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1024" />
      <source>{name} touches processing the register does not cover ({problems}): record that processing in the register and link it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1025" />
      <source>{name} transfers data to {where} with no transfer mechanism{hint}: record what makes it lawful.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1026" />
      <source>{name} uses criminal-offence data: name the law that allows it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1027" />
      <source>{name} uses special-category data ({kinds}) without an Art. 9(2) condition: choose the one that allows it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1028" />
      <source>{name} was answered on {date}, and {activities} keeps {periods}: delete that data, then this record, or correct the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1029" />
      <source>{name} was not notified as unlikely to result in a risk: write down the reasoning in the record, so you can show it to the authority.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1030" />
      <source>{name} was withdrawn on {date}, and {activities} keeps {periods}: delete that data, then this record, or correct the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1031" />
      <source>{name}: answer {labels}. Until then Atlas assumes the worst case for each, which may overstate the risk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1032" />
      <source>{name}: assess the risk and decide whether to notify the authority — the 72-hour deadline passed on {when} ({hours} ago).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1033" />
      <source>{name}: choose a lawful basis for {purposes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1034" />
      <source>{name}: consent to an online service by a child of unknown age, under the age of digital consent ({limit} in {where}), with no parent or guardian recorded as giving or authorising it: record who did and how it was checked, or stop relying on it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1035" />
      <source>{name}: decide whether to object to the sub-processor change "{change}" by {due} ({when}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1036" />
      <source>{name}: notify the authority by {when} ({hours} left).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1037" />
      <source>{name}: notify the authority now — the 72-hour deadline passed on {when} ({hours} ago); give the reasons for the delay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1038" />
      <source>{name}: record {missing} — every breach is documented, notified or not.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1039" />
      <source>{name}: say what was affected and answer the risk questions, so Atlas can tell whether to notify the authority: {hours} left (deadline {when}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1040" />
      <source>{name}: tell {client} now — you process this data for them and the time to tell them ran out on {when} ({hours} ago).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1041" />
      <source>{name}: tell {client} without undue delay, by {when} ({hours} left); they decide whether to notify the authority.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1042" />
      <source>{name}: the authority should answer the prior consultation by {due} ({when}; {calendar}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1043" />
      <source>{name}: the authority was notified on {notified}, after the 72-hour deadline of {deadline}; record the reasons for the delay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1044" />
      <source>{name}: the authority's answer to the prior consultation was due on {due} ({when}; {calendar}); follow up with the authority.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1045" />
      <source>{name}: the deadline to object to the sub-processor change "{change}" passed on {due} ({when}); record your decision.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1046" />
      <source>{name}: the retention of {data} is given only in words: say it as a number and a unit, counted from an event, so Atlas can check it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1047" />
      <source>{name}: the review is due on {due} ({when}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1048" />
      <source>{name}: the review was due on {due} ({when}); review it and record the date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1049" />
      <source>{period} (ran out on {date})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1050" />
      <source>{who} has no valid data-protection training but {reasons}: train them and record it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1051" />
      <source>{who}'s data-protection training expired on {due} ({when}){why}: book a refresher and record it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1052" />
      <source>{who}'s data-protection training expires on {due} ({when}){why}: book a refresher.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1053" />
      <source>“{label}”</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="1057" />
      <source>, by {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1058" />
      <source>, on {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1054" />
      <source>#{id} {filename} ({size} bytes, added {date} by {person})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1055" />
      <source>'atlas audit verify --anchor {anchor}' checks the register still holds that history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1056" />
      <source>'atlas {command}' does not apply to a team register. {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1059" />
      <source>--add works on list fields; {key} holds one value, use --set.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1060" />
      <source>--anchor takes COUNT:HEAD (e.g. 12:&lt;64 hex digits&gt;), not {given}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1061" />
      <source>--from takes a register file on this computer (e.g. office.atlas); the team register to import into is given with --register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1062" />
      <source>--region needs --country: give the country the region is in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1063" />
      <source>--set, --add and --from-json change one record: give them with one --template at a time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1064" />
      <source>--url takes the database's address, signed in as its owner: {address}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1065" />
      <source>A file already exists at {path}; choose another path for the demo register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1066" />
      <source>A new recovery key was issued; the old one no longer works.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1067" />
      <source>A recovery key was made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1068" />
      <source>A register already exists at {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1069" />
      <source>A team recovery key was made. It is shown only this once: write it down or print it, and keep it away from this computer. {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1070" />
      <source>A team register is created with 'atlas team init --url {address} --org NAME --manager NAME'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1071" />
      <source>A team register names you by your sign-in ({person}); nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1072" />
      <source>Add --yes to confirm the deletion.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1073" />
      <source>Added {person} to the team register as {role}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1074" />
      <source>Assessed risk: {risk}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1075" />
      <source>Assessment (ENISA 2013 severity, EDPB Guidelines 9/2022 and 01/2021)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1076" />
      <source>Atlas Desktop {version}. There is no register at {path} yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1077" />
      <source>Atlas Desktop: your office's encrypted GDPR register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1078" />
      <source>Atlas keeps no team password on this computer, so there is nothing to forget.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1079" />
      <source>Atlas keeps no team password on this computer: give yours with --password-file, the {variable} variable, or at the prompt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1080" />
      <source>Attached {filename} to {record} #{id} as attachment #{attachment}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1081" />
      <source>Attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1082" />
      <source>Audit anchor:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1083" />
      <source>Automatic backup (every {hours} h, last {keep} kept): {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1084" />
      <source>Backup verified and written to {path} ({entries} in the audit trail, head {head}…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1085" />
      <source>Can sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1086" />
      <source>Cannot read the certificate {path}: {error}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1087" />
      <source>Cannot read the {secret} file {path}: {error}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1088" />
      <source>Cannot read {path}: {error}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1089" />
      <source>Cannot write the pack to {path}: give a file name in an existing folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1090" />
      <source>Cannot write the recovery key to {path}: {error}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1091" />
      <source>Cannot write {path}: {error}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1092" />
      <source>Changes since the previous review:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1093" />
      <source>Check a report's signature with the organisation's certificate as the only trust root. Exit 0: intact, trusted and covering the whole file; 1: not.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1094" />
      <source>Closed {title}. Wrote the review pack {path} (SHA-256 {sha256}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1095" />
      <source>Confirm, update or retire each one first ('atlas review confirm --all' confirms the rest, except those that need attention: confirm each of those with --note).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1096" />
      <source>Connection file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1097" />
      <source>Connection:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1098" />
      <source>Copied {record} #{id} to #{new_id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1099" />
      <source>Country where your organisation is established (code or name, e.g. RO; Enter to skip): </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1100" />
      <source>Covers whole file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1101" />
      <source>Create one with:  atlas init --org 'Your office' --country CC --your-name 'Your Name'   (see 'atlas init --help')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1102" />
      <source>Created the demo register at {path}: {counts}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1103" />
      <source>Created the register for {organisation} at {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1104" />
      <source>Created the team register for {organisation} on {server}; {person} is its first manager.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1105" />
      <source>DUE SOON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1106" />
      <source>Deadlines skip the public holidays of {where} (Art. 12(3)); dates are shown in {zone}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1107" />
      <source>Delete {record} #{id} "{title}"? The audit trail keeps a copy of what it held.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1108" />
      <source>Deleted {record} #{id} "{title}".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1109" />
      <source>Document the breach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1110" />
      <source>Dry run: nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1111" />
      <source>Duties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1112" />
      <source>Each is a starting point to adjust. 'atlas templates NAME' shows one; 'atlas add activity --template NAME' adds it to the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1113" />
      <source>Each is a starting point: check it with 'atlas show activity ID' and adjust it with 'atlas edit activity ID --set KEY=VALUE'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1114" />
      <source>Every row is checked first. Nothing is written if any row has a problem, unless --skip-invalid is given. Exit code 1 when problems were found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1115" />
      <source>Export it for others with 'atlas cert export --out FILE.pem'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1116" />
      <source>File:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1117" />
      <source>GAPS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1118" />
      <source>Give either --cert or --register, not both.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1119" />
      <source>Give either --generate or --new-password-file, not both.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1120" />
      <source>Give it to them in person, and ask them to choose their own with 'atlas team password'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1121" />
      <source>Give it to whoever checks your reports: 'atlas verify REPORT.pdf --cert' it, or add it to a PDF reader's trusted certificates.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1122" />
      <source>Give item numbers or --all, not both.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1123" />
      <source>Give the item numbers ('atlas review status --items' lists them) or --all.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1124" />
      <source>Give the item numbers ('atlas review status --items' lists them).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1125" />
      <source>Give the organisation's name with --org.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1126" />
      <source>Give the {record}'s number, e.g. 'atlas show {entity} 3'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1127" />
      <source>Give your name with --your-name "Your Name" (or set {variable}): the audit trail and sign-offs show who made each change (Art. 5(2)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1128" />
      <source>Has key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1129" />
      <source>Imported the certificate of {subject} (SHA-256 {fingerprint}). New reports are signed with it; reports signed before still verify against this register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1130" />
      <source>Imported {file} into the team register {server}: {records}, {extras}; its audit trail ({entries}) is kept as imported segment {segment}, anchored in the team's trail. {file} itself was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1131" />
      <source>Intact:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1132" />
      <source>It has no passphrase: 'atlas team password' changes your own password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1133" />
      <source>It holds personal data and is not encrypted: share it only with those who need it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1134" />
      <source>It holds the signed review, the signed Art. 30 record and the spreadsheet, with a manifest of their hashes (check with 'sha256sum -c MANIFEST.sha256' once unzipped). It is not encrypted: keep it safe. 'atlas review pack' writes it again at any time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1135" />
      <source>It is the only way back to the team key (attachments, the signing key, the audit trail's seal) if every manager's password is lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1136" />
      <source>Its address, web form or phone (Enter to skip): </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1137" />
      <source>Its connection file (no password in it) is {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1138" />
      <source>Its passphrase is: {passphrase}  (it is a demo: keep no real data in it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1139" />
      <source>Its recovery key is made once, by 'atlas team init'; your own way in is your password ('atlas team password' changes it).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1140" />
      <source>Its server is backed up by whoever runs the server; 'atlas export xlsx' writes a readable copy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1141" />
      <source>JSON rows with: {columns}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1142" />
      <source>Let's create it. You will choose a passphrase and receive a recovery key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1143" />
      <source>NO — {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1144" />
      <source>New passphrase: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1145" />
      <source>New password for {person}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1146" />
      <source>Next: 'atlas review confirm ITEM…' (or --all), 'atlas review retire ITEM…', or edit a record with 'atlas edit' (it then counts as updated). The review can be paused at any time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1147" />
      <source>No acceptable passphrase was chosen; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1148" />
      <source>No acceptable password was chosen; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1149" />
      <source>No answer was typed; nothing was created.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1150" />
      <source>No audit entries match.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1151" />
      <source>No country was given, so deadlines skip weekends only, not public holidays (Art. 12(3)). Set it with: atlas edit organisation --set country=CC --set holiday_country=CC --set time_zone=Continent/City (e.g. RO and Europe/Bucharest)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1152" />
      <source>No name is recorded in this register, so changes are written as "{unnamed}". Record yours with: atlas whoami --set-name "Your Name" --set-role "Your role"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1153" />
      <source>No name is recorded yet: give it with --set-name "Your Name".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1154" />
      <source>No new password given for {person}: use {flag}, or a terminal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1155" />
      <source>No new password given for {person}: use {flag}, the {variable} variable, or a terminal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1156" />
      <source>No password given for {person}: use --new-password-file F, --generate, or a terminal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1157" />
      <source>No review has been closed yet, so there is no pack to write.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1158" />
      <source>No review is in progress. Start one with 'atlas review start'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1159" />
      <source>No review is in progress. The last one, {title}, was closed on {date}. Start one with 'atlas review start'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1160" />
      <source>No review yet. Start one with 'atlas review start'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1161" />
      <source>No sign-in name given: put it in the address ({address}) or use --user NAME.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1162" />
      <source>No usable answer was given; nothing was created.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1163" />
      <source>No {records} match.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1164" />
      <source>No {records} yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1165" />
      <source>No {secret} given: use {flag}, the {env} variable, or a terminal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1166" />
      <source>Not started: {rules}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1167" />
      <source>Nothing to change: give --set KEY=VALUE, --add KEY=VALUE or --from-json FILE.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1168" />
      <source>Nothing to do: no deadline is near and no gap was found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1169" />
      <source>Nothing was deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1170" />
      <source>Nothing was imported: no row without problems is new or changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1171" />
      <source>Nothing was imported: the register already holds what the file says.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1172" />
      <source>Notify the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1173" />
      <source>OVERDUE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1174" />
      <source>On this computer changes are written as {person} (Preferences' "Your name" or {variable}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1175" />
      <source>Organisation name: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1176" />
      <source>Organisation:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1177" />
      <source>PKCS#12 password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1178" />
      <source>Passphrase for {name}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1179" />
      <source>Passphrase in force when the backup {name} was made: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1180" />
      <source>Passphrase of the backup {name}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1181" />
      <source>Password for you @ {server}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1182" />
      <source>Password for {person} @ {server}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1183" />
      <source>Password of {name} (empty if none): </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1184" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1185" />
      <source>Press Enter to accept it, or type the name of your authority: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1186" />
      <source>Public communication</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1187" />
      <source>Public holidays differ by region in {country}: {regions}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1188" />
      <source>Ready-made processing activities most small offices have, filled with the usual lawful basis, data, recipients and retention: starting points to adjust.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1189" />
      <source>Recorded in this register: {person}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1190" />
      <source>Recorded: {person}. The audit trail and sign-offs show this name from now on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1191" />
      <source>Region (its code; Enter for the national holidays only): </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1192" />
      <source>Register {path} (schema {schema}, organisation: {organisation})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1193" />
      <source>Remove {filename} from {entity} #{id}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1194" />
      <source>Removed {filename}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1195" />
      <source>Removed {person}: they can no longer open this team register. What they recorded, and the audit trail naming them, stay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1196" />
      <source>Restored the key file of {name} from {backup}; the register's data was not touched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1197" />
      <source>Restored {path} from {backup} (verified; {entries} in its audit trail).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1198" />
      <source>Result:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1199" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1200" />
      <source>Role:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1201" />
      <source>SHA-256 fingerprint: {fingerprint}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1202" />
      <source>Saved processing activity #{id} "{title}" from a template.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1203" />
      <source>Saved {record} #{id} "{title}".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1204" />
      <source>Say which team register: --register {address}, or --register FILE.atlas-team.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1205" />
      <source>Schema:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1206" />
      <source>Score {score}: {level}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1207" />
      <source>Server:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1208" />
      <source>Sign in with --register {address} or --register {path}; add the others with 'atlas team add-user NAME --role editor --register ...'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1209" />
      <source>Signed in as {person}: the audit trail and sign-offs show this name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1210" />
      <source>Signed in as:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1211" />
      <source>Signer:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1212" />
      <source>Signing time:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1213" />
      <source>Started {title}. The year's figures cover {period}; the register's state is anchored at audit entry {count} ({head}…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1214" />
      <source>Still to answer: {fields} (the worst case was assumed).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1215" />
      <source>Supervisory authority for breaches (Art. 33(1)): {authority}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1216" />
      <source>Supervisory authority for {country}: {authority}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1217" />
      <source>Supervisory authority you notify of a breach (Enter to skip): </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1218" />
      <source>Team recovery key: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1219" />
      <source>Team register {server} (schema {schema}, organisation: {organisation})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1220" />
      <source>Tell the client (controller)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1221" />
      <source>Tell the people affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1222" />
      <source>Template {key}: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1223" />
      <source>Templates are for processing activities only: 'atlas add {entity} --template NAME'. 'atlas templates' lists them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1224" />
      <source>That is the register's own file; choose another name for the certificate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1225" />
      <source>The demo register is a file on this computer: give --register a file path.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1226" />
      <source>The folder {path} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1227" />
      <source>The key file it replaced was kept as {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1228" />
      <source>The name and role recorded in the register: the audit trail and sign-offs show them (Art. 5(2), 30). Preferences' "Your name" or {variable}, when set, are used instead on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1229" />
      <source>The new password is the one you have now; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1230" />
      <source>The organisation's name (--org) cannot be empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1231" />
      <source>The organisation's name cannot be empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1232" />
      <source>The passphrase was changed. The recovery key is unchanged and still works.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1233" />
      <source>The register it replaced was kept as {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1234" />
      <source>The register now opens with the passphrase and recovery key that were in force when that backup was made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1235" />
      <source>The sign-in name cannot be empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1236" />
      <source>The team recovery key is needed to upgrade (it unlocks the key of the backup made first): use --recovery-key-file F, the file 'atlas team init' wrote, or a terminal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1237" />
      <source>The team recovery key was written to {path} (readable by you only): print it or move it to safe storage. {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1238" />
      <source>The team register {server} is already at schema {version}: nothing to upgrade.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1239" />
      <source>The team register: one register on a PostgreSQL server, each person signing in with their own name, password and role. Every other command opens it with --register {address} or --register FILE.atlas-team.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1240" />
      <source>The two passphrases differ; please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1241" />
      <source>The two passwords differ; please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1242" />
      <source>The yearly review (Art. 5(2), 24(1) GDPR): confirm, update or retire every activity, processor, DPIA, policy and consent purpose, see the year's figures, then close it to write a signed review and pack.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1243" />
      <source>The {kind} report covers the whole register; --id goes with dpia and breach only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1244" />
      <source>The {kind} report is about one record: give its number with --id ('atlas list {entity}' shows them).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1245" />
      <source>The {secret} file {path} is not UTF-8 text; save it as UTF-8 and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1246" />
      <source>Their password, shown only this once: {password}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1247" />
      <source>There is no file {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1248" />
      <source>There is no outbox on this computer for {where}: nothing to send.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1249" />
      <source>There is no register file at {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1250" />
      <source>There is one {record}: change it with 'atlas edit {entity} --set KEY=VALUE'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1251" />
      <source>They sign in with --register {address}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1252" />
      <source>This computer no longer remembers the register; the passphrase is needed to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1253" />
      <source>This computer now remembers the audit trail as {entries}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1254" />
      <source>This computer now remembers the register in the system keyring ({keyring}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1255" />
      <source>This register has no signing certificate yet, so it signed no report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1256" />
      <source>Trusted:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1257" />
      <source>Type it again: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1258" />
      <source>Upgraded the team register {server} from schema {old} to {new}. An encrypted backup ({what}; the team recovery key opens it) was made first: {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1259" />
      <source>Values: dates YYYY-MM-DD, times YYYY-MM-DD HH:MM (in the organisation's time zone unless they say otherwise), lists separated by ';', tables as JSON rows. 'atlas fields ENTITY' lists the keys.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1260" />
      <source>Whoever runs its server restores it from the server's backups.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1261" />
      <source>With no DPO recorded, {person} is named in the record as the person responsible for data protection; change it with: atlas edit organisation --set responsible_name="Name"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1262" />
      <source>Write a PDF report of the register, signed with the organisation's certificate (PAdES). Kinds: {kinds}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1263" />
      <source>Wrote the pack of {title} to {path} (SHA-256 {sha256}). It is not encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1264" />
      <source>Wrote {count} {records} to {path}. It is not encrypted: keep it somewhere safe, and delete it when done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1265" />
      <source>Wrote {path}, signed by {signer} (certificate SHA-256 {fingerprint}…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1266" />
      <source>Wrote {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1267" />
      <source>Wrote {path}. It is not encrypted: keep it somewhere safe, and delete it when done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1268" />
      <source>Wrote {path}: the certificate of {subject}, valid until {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1269" />
      <source>You cannot remove yourself: ask another manager to do it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1270" />
      <source>Your name (shown in the audit trail and on sign-offs): </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1271" />
      <source>Your name in the audit trail and on sign-offs: {person}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1272" />
      <source>Your own assessment: {risk} — {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1273" />
      <source>Your password was changed, and your copy of the team key now opens with it. Sign in with the new password from now on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1274" />
      <source>Your role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1275" />
      <source>Your role (e.g. Office manager; Enter to skip): </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1276" />
      <source>Your sign-in name: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1277" />
      <source>[assumed]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1278" />
      <source>a file, or a folder to keep its name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1279" />
      <source>a manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1280" />
      <source>a reader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1281" />
      <source>add a person (a manager's act), or change their role and password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1282" />
      <source>add a record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1283" />
      <source>after a warning you have looked into: remember this trail as the one this computer has seen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1284" />
      <source>also check against this anchor (from a report)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1285" />
      <source>also check against this backup's anchor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1286" />
      <source>an Atlas export (edited or not) or a sheet in the ICO template's layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1287" />
      <source>an earlier review (see 'atlas review list')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1288" />
      <source>an editor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1289" />
      <source>append to a list or table field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1290" />
      <source>at most N entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1291" />
      <source>atlas: The {record} was not saved:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1292" />
      <source>atlas: interrupted; nothing more was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1293" />
      <source>atlas: note: no name is recorded for you in this register, so changes are written in the audit trail as "{unnamed}". Record yours once with: atlas whoami --set-name "Your Name" (or set {variable}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1294" />
      <source>atlas: note: the disk holding {name} is full, so it was opened read-only: reading it, exporting it and backing it up to another disk work; changes need free space first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1295" />
      <source>atlas: unexpected error ({error}); nothing more was changed. Run again with ATLAS_DEBUG=1 and report the output.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1296" />
      <source>atlas: warning: cannot write the recovery key to {path} ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1297" />
      <source>atlas: warning: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1298" />
      <source>attach an evidence file to a record, or list them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1299" />
      <source>audit trail commands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1300" />
      <source>audit trail: {entries}, head {head}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1301" />
      <source>audit trail: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1302" />
      <source>bring the team register's schema to this version (its owner's act; an encrypted backup is made first)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1303" />
      <source>change a record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1304" />
      <source>change the passphrase (the data is not re-encrypted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1305" />
      <source>change your own password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1306" />
      <source>check a signed report (offline)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1307" />
      <source>check and report only; write nothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1308" />
      <source>check encryption, integrity, audit trail and backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1309" />
      <source>check the hash chain and its anchors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1310" />
      <source>choices (or your own entry): {choices}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1311" />
      <source>choices: {choices}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1312" />
      <source>close the review and write the signed pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1313" />
      <source>closed {date} by {person}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1314" />
      <source>computed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1315" />
      <source>content was added after signing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1316" />
      <source>copy a record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1317" />
      <source>copy a register file into a new, empty team register (a manager's act)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1318" />
      <source>counts of open, confirmed, updated and retired items, and every item, as JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1319" />
      <source>create a demo register with realistic records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1320" />
      <source>create a new register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1321" />
      <source>create a team register in an empty PostgreSQL database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1322" />
      <source>deadlines due or overdue, and gaps in the registers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1323" />
      <source>delete a record (kept in the audit trail)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1324" />
      <source>do not ask for confirmation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1325" />
      <source>done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1326" />
      <source>editor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1327" />
      <source>encrypted (TLS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1328" />
      <source>encrypted pages and database structure are intact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1329" />
      <source>encryption unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1330" />
      <source>every item still open, except those that need attention (overdue, a breach clock running, a gap): those are listed, to confirm one by one with --note; exit code 1 when any is left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1331" />
      <source>every review, the newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1332" />
      <source>export of every table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1333" />
      <source>from this date/time (local time unless it says otherwise)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1334" />
      <source>import the valid rows and leave out the others</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1335" />
      <source>in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1336" />
      <source>issue a new recovery key; the old one stops working</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1337" />
      <source>it was changed or damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1338" />
      <source>item numbers from 'atlas review status'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1339" />
      <source>its address, web form or phone, when --authority names one Atlas does not know</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1340" />
      <source>last backup {time} UTC; {count} kept in {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1341" />
      <source>list audit entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1342" />
      <source>list every item, not only the open ones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1343" />
      <source>list the people, their roles and whether they can sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1344" />
      <source>list the records of a register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1345" />
      <source>make a strong password and print it once</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1346" />
      <source>manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1347" />
      <source>mark items as confirmed unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1348" />
      <source>needs attention: {reason} ({article})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1349" />
      <source>new passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1350" />
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1351" />
      <source>no backup in {folder} yet: run 'atlas backup'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1352" />
      <source>no key file or backups to check: each person's key is in the register, and the server's backups are the business of whoever runs the server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1353" />
      <source>no reason recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1354" />
      <source>not decided yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1355" />
      <source>not encrypted (allowed only for a server on this computer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1356" />
      <source>not required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1357" />
      <source>not required (exemption)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1358" />
      <source>not signed with {source}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1359" />
      <source>note: {note}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1360" />
      <source>nothing was added after signing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1361" />
      <source>one of: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1362" />
      <source>one register as a CSV file (UTF-8)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1363" />
      <source>one workbook: cover, Art. 30 record, every register, findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1364" />
      <source>only records whose text fields contain TEXT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1365" />
      <source>only records with this status code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1366" />
      <source>only these registers (of: {names})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1367" />
      <source>only this entity (e.g. register)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1368" />
      <source>only this record id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1369" />
      <source>passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1370" />
      <source>passphrase commands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1371" />
      <source>password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1372" />
      <source>pg_dump archive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1373" />
      <source>pg_dump's archive, or the app's own export of every table (auto: pg_dump when installed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1374" />
      <source>print JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1375" />
      <source>print a JSON list of findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1376" />
      <source>read its password from F</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1377" />
      <source>read records from a spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1378" />
      <source>read that file's passphrase from F (or set {variable})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1379" />
      <source>read that sign-in's password from F (or set {variable})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1380" />
      <source>read the first manager's new password from F</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1381" />
      <source>read the new passphrase from F (or set {variable})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1382" />
      <source>read the new password from F (or set {variable})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1383" />
      <source>read the passphrase from F (or set {variable})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1384" />
      <source>read their first password from F</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1385" />
      <source>read-only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1386" />
      <source>reader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1387" />
      <source>ready-made processing activities to start from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1388" />
      <source>record your name in the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1389" />
      <source>record your role (e.g. 'Office manager')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1390" />
      <source>records: every record matches its audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1391" />
      <source>recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1392" />
      <source>recovery key commands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1393" />
      <source>remember the register in this computer's keyring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1394" />
      <source>remove an attachment (recorded in the audit trail)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1395" />
      <source>replace the register with a verified backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1396" />
      <source>replaced by a public communication</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1397" />
      <source>required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1398" />
      <source>restore only the key file (when it is damaged or missing); the data is not touched. Unlock with the passphrase or recovery key in force when the backup was made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1399" />
      <source>retire items: kept in the history, no longer in force</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1400" />
      <source>ropa: the Art. 30 record; dpia --id N: one DPIA; breach --id N: one breach's notification pack; breach-anspdcp / breach-cnil --id N: the same breach in the Romanian ANSPDCP's or the French CNIL's notification form, in their language; breach-register, processors, training, rights-requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1401" />
      <source>save or remove an attachment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1402" />
      <source>send the breaches logged on this computer while the server was unreachable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1403" />
      <source>set a field (repeatable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1404" />
      <source>show one record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1405" />
      <source>show or record your name for the audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1406" />
      <source>show this template in full</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1407" />
      <source>sign with a certificate from a PKCS#12 file instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1408" />
      <source>signed in as {person} ({role}); connection {connection}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1409" />
      <source>signed with {source}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1410" />
      <source>snapshot the register and list what to review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1411" />
      <source>start a processing activity from a template (repeatable); 'atlas templates' lists them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1412" />
      <source>stop remembering it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1413" />
      <source>take a person out of the register (a manager's act)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1414" />
      <source>take back a confirmation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1415" />
      <source>take field values from a JSON object in F</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1416" />
      <source>team register: read your password from F (or set {variable})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1417" />
      <source>team register: sign in as NAME (default: the address's)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1418" />
      <source>the .p12 or .pfx file (certificate and key)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1419" />
      <source>the DPIA or breach the report is about</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1420" />
      <source>the anchor {anchor}… given on the command line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1421" />
      <source>the annual review of every record, ending in a signed pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1422" />
      <source>the backup file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1423" />
      <source>the certificate in {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1424" />
      <source>the client's decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1425" />
      <source>the empty database, signed in as its owner or the server's administrator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1426" />
      <source>the fields of a register, with their help and articles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1427" />
      <source>the file to attach (at most 25 MB); omit to list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1428" />
      <source>the file to write (replaced if it exists)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1429" />
      <source>the first manager's sign-in name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1430" />
      <source>the language of what atlas prints: {codes} (default: the language set in Preferences, else the system's); --json stays English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1431" />
      <source>the organisation (controller) name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1432" />
      <source>the organisation's certificate (instead of the register)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1433" />
      <source>the organisation's signing certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1434" />
      <source>the region, where public holidays differ by region (e.g. BY for Bavaria)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1435" />
      <source>the register file to copy; it is left as it is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1436" />
      <source>the register file, or a team register: {address} or a .atlas-team file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1437" />
      <source>the register's certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1438" />
      <source>the shared team register on a PostgreSQL server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1439" />
      <source>the signature does not hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1440" />
      <source>the signed content is unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1441" />
      <source>the signed report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1442" />
      <source>the supervisory authority you notify (Art. 33(1), 55); default: the one of --country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1443" />
      <source>the team recovery key (the file 'atlas team init --recovery-key-out' wrote)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1444" />
      <source>the team register, signed in as the schema's owner (who ran 'atlas team init')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1445" />
      <source>the team register: {address} or a .atlas-team file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1446" />
      <source>the workbook to read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1447" />
      <source>the workbook to write (replaced if it exists)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1448" />
      <source>their sign-in name, e.g. ana.pop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1449" />
      <source>to do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1450" />
      <source>unlock that file with its recovery key in F instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1451" />
      <source>unlock with the recovery key in F instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1452" />
      <source>up to and including this date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1453" />
      <source>what the file is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1454" />
      <source>where the backup goes (default: the backup folder's team/)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1455" />
      <source>where the organisation is established, as a two-letter code (e.g. RO): deadlines skip its public holidays (Art. 12(3)) and its authority is proposed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1456" />
      <source>where the review stands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1457" />
      <source>where to write it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1458" />
      <source>where to write the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1459" />
      <source>where to write the review pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1460" />
      <source>which review (default: the last closed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1461" />
      <source>who you are signed in as, your role and the server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1462" />
      <source>why, recorded with the decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1463" />
      <source>write a closed review's pack again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1464" />
      <source>write a signed PDF report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1465" />
      <source>write a verified encrypted backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1466" />
      <source>write an attachment to a file (unencrypted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1467" />
      <source>write the certificate (PEM) for others to check reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1468" />
      <source>write the connection file (no password) here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1469" />
      <source>write the new key to F (mode 0600)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1470" />
      <source>write the recovery key to F (mode 0600) instead of printing it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1471" />
      <source>write the registers to a spreadsheet (unencrypted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1472" />
      <source>write the team recovery key to F (mode 0600)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1473" />
      <source>write to F instead of the rotating backup folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1474" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1475" />
      <source>yes — {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1476" />
      <source>your name, written in the audit trail and on sign-offs (Art. 5(2), 30); or set {variable}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1477" />
      <source>your role, e.g. 'Office manager'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1478" />
      <source>{change}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1479" />
      <source>{country}, region {region}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1511" />
      <source>{title} ({register}): {fields}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2750" />
      <source>audit trail: {entries}, head {head}…, matches %n anchor(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2751" />
      <source>audit trail: {entries}, head {head}…, matches %n anchor(s) from backups</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2754" />
      <source>{title} cannot be closed yet: %n item(s) (is|are) still open.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1480" />
      <source>{count} {records}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1481" />
      <source>{done} of {total} reviewed: {confirmed} confirmed unchanged, {updated} updated, {retired} retired, {open} still open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1482" />
      <source>{duty} ({article}): {status}{when}. {explanation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1483" />
      <source>{entity} #{id} has no attachments.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1484" />
      <source>{entity} #{id}: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1485" />
      <source>{entity} has no field {key}; see 'atlas fields {entity_key}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1486" />
      <source>{factor}: {value} → {effect} ({source}){mark}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1487" />
      <source>{fields}: {note}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1488" />
      <source>{field} ({key}) is worked out automatically and cannot be set.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1489" />
      <source>{field} ({key}): {error}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1490" />
      <source>{filename}  {size} bytes  {media_type}  added {time}Z by {person}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1491" />
      <source>{flag} is for a register file on this computer: sign in to a team register with your password (--password-file, or the {variable} variable).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1492" />
      <source>{flag} is for a team register ({address} or a .atlas-team file); a register file on this computer opens with its passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1493" />
      <source>{flag} takes KEY=VALUE, not {given}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1494" />
      <source>{flag} takes a date like 2026-11-22 or 2026-11-22T14:30, not {given}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1495" />
      <source>{heading} It is shown only this once: write it down or print it, and keep it away from this computer. It is the only way in if the passphrase is forgotten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1496" />
      <source>{heading} It was written to {path} (readable by you only). Print it or move it to safe storage: it is the only way in if the passphrase is forgotten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1497" />
      <source>{name} ({role})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1498" />
      <source>{name}: {summary}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1499" />
      <source>{path} already exists; choose a new file for the recovery key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1500" />
      <source>{path} already exists; choose a new file for {flag}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1501" />
      <source>{path} is a backup of another register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1502" />
      <source>{path} is a register file on this computer; this command needs a team register: {address} or a .atlas-team file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1503" />
      <source>{path} must hold one JSON object of field keys and values.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1504" />
      <source>{person} was already a member ({before}); now {role}, with the new password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1505" />
      <source>{problems} in {rows}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1506" />
      <source>{problems}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1507" />
      <source>{problem} Give the note with --note "why it stands as it is".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1508" />
      <source>{problem} No passphrase given: use --passphrase-file, the {variable} variable, or a terminal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1509" />
      <source>{summary} Each change is in the audit trail as an import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1510" />
      <source>{time} (as the signer's clock said)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1512" />
      <source>{title}: {state}; started {date} by {person}; figures for {period}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1513" />
      <source>… and {count} more records differ from the audit trail</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2713" />
      <source>%n (person|people).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2714" />
      <source>%n (person|staff)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2715" />
      <source>%n (person|staff).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2716" />
      <source>%n DPIA(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2717" />
      <source>%n DPIA(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2718" />
      <source>%n attachment(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2719" />
      <source>%n breach(es)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2720" />
      <source>%n breach(es) still wait</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2721" />
      <source>%n breach(es).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2722" />
      <source>%n closed review(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2723" />
      <source>%n consent(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2724" />
      <source>%n due soon</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2725" />
      <source>%n entr(y|ies)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2726" />
      <source>%n gap(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2727" />
      <source>%n item(s) to confirm, update or retire:</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2728" />
      <source>%n need(s|) your attention, so (it|they) (was|were) not confirmed with the rest: open each one and put it right, or confirm it with a note ('atlas review confirm ITEM --note "why it stands as it is"').</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2729" />
      <source>%n organisation(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2730" />
      <source>%n overdue</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2731" />
      <source>%n polic(y|ies)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2732" />
      <source>%n polic(y|ies).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2733" />
      <source>%n processing activit(y|ies)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2734" />
      <source>%n processing activit(y|ies).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2735" />
      <source>%n processor(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2736" />
      <source>%n processor(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2737" />
      <source>%n record(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2738" />
      <source>%n rights request(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2739" />
      <source>%n rights request(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2740" />
      <source>%n training</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2741" />
      <source>%n training.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2742" />
      <source>'atlas check --register {path}' lists its %n finding(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2743" />
      <source>Confirmed %n item(s) as unchanged. {counts}</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2744" />
      <source>Nothing was imported. Fix the problems and try again, or add --skip-invalid to import the %n valid row(s) only.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2745" />
      <source>Reopened %n confirmed item(s). {counts}</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2746" />
      <source>Retired %n item(s): kept in the history, no longer in force. {counts}</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2747" />
      <source>Sent %n breach(es) from this computer's outbox to {where}, with their original times; the outbox is empty and was removed.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2748" />
      <source>Sent %n breach(es) from this computer's outbox to {where}, with their original times; the outbox is empty.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2749" />
      <source>Sent %n breach(es) from this computer's outbox to {where}, with their original times; {waiting} in the outbox.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2752" />
      <source>{count} problem(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2753" />
      <source>{count} row(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>editors</name>
    <message>
      <location filename="../../gui/editors/form.py" line="70" />
      <source>Worked out automatically: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/dates.py" line="43" />
      <source>Pick a date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/dates.py" line="44" />
      <source>Pick a date from a calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/editors/sections.py" line="159" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="1514" />
      <source>A word by itself is easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1515" />
      <source>Add another word or two. Uncommon words are better.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1516" />
      <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1517" />
      <source>Avoid dates and years that are associated with you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1518" />
      <source>Avoid recent years.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1519" />
      <source>Avoid repeated words and characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1520" />
      <source>Avoid sequences.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1521" />
      <source>Avoid years that are associated with you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1522" />
      <source>Capitalization doesn't help very much.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1523" />
      <source>Common names and surnames are easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1524" />
      <source>Dates are often easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1525" />
      <source>It is easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1526" />
      <source>Names and surnames by themselves are easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1527" />
      <source>No need for symbols, digits, or uppercase letters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1528" />
      <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1529" />
      <source>Recent years are easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1530" />
      <source>Repeats like "aaa" are easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1531" />
      <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1532" />
      <source>Reversed words aren't much harder to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1533" />
      <source>Sequences like "abc" or "6543" are easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1534" />
      <source>Short keyboard patterns are easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1535" />
      <source>Straight rows of keys are easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1536" />
      <source>The passphrase is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1537" />
      <source>The passphrase is shorter than {length} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1538" />
      <source>The passphrase is too easy to guess: it is made only of your organisation's name (and numbers), the first thing anyone would try.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1539" />
      <source>The passphrase is too easy to guess: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1540" />
      <source>The password is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1541" />
      <source>The password is shorter than {length} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1542" />
      <source>The password is too easy to guess: it is made only of your organisation's name (and numbers), the first thing anyone would try.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1543" />
      <source>The password is too easy to guess: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1544" />
      <source>There is no activity template called {key}; use one of: {keys}. 'atlas templates' lists them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1545" />
      <source>There is no register called {key}; use one of: {keys}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1546" />
      <source>This is a top-10 common password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1547" />
      <source>This is a top-100 common password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1548" />
      <source>This is a very common password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1549" />
      <source>This is similar to a commonly used password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1550" />
      <source>Tip: use four or more unrelated words, e.g. 'lantern-orbit-pepper-canal'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1551" />
      <source>Use a few words, avoid common phrases.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1552" />
      <source>Use a longer keyboard pattern with more turns.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1553" />
      <source>a review interval must be at least one month, not {months}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1554" />
      <source>country {code} has no public-holiday subdivision {region}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1555" />
      <source>expected a JSON list of rows ({reason})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1556" />
      <source>expected a JSON list of rows, like [{"column": "value"}]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1557" />
      <source>it holds a number too long to read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1558" />
      <source>it is larger than {size} MB, far more than any record holds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1559" />
      <source>it is not UTF-8 text (byte {position} cannot be read)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1560" />
      <source>no deadline can be counted from {day}: it is at the edge of the calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1561" />
      <source>no working day within {days} days of {day}; the holiday calendar looks wrong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1562" />
      <source>summer time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1563" />
      <source>the JSON is nested too deeply (more than {levels} levels)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1564" />
      <source>there is no public-holiday calendar for country code {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1565" />
      <source>training must stay valid for at least one month, not {months}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1566" />
      <source>unknown column {column}; the columns are {columns}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1567" />
      <source>winter time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1568" />
      <source>{day} is outside the dates Atlas accepts ({first}–{last})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1569" />
      <source>{months} months from {day} is out of the calendar's range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1570" />
      <source>{name} is not a known time zone; use a name such as 'Europe/Bucharest'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1571" />
      <source>{text} is not a country; write its two-letter code, e.g. RO, DE, CH</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1572" />
      <source>{text} is not a date and time; write it as YYYY-MM-DD HH:MM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1573" />
      <source>{text} is not a date; write it as YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1574" />
      <source>{text} is not a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1575" />
      <source>{text} is not one of: {choices}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1576" />
      <source>{text} is not yes or no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1577" />
      <source>{when} did not exist in {zone} (clocks went forward from {start} to {end}); write the time after the change, or add the offset, e.g. {offset}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1578" />
      <source>{when} happened twice in {zone} (clocks went back from {start} to {end}); write {when}{first_offset} ({first_name}, the first) or {second_offset} ({second_name}, the second)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>judgements</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="1579" />
      <source>"{name}"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1580" />
      <source>(unnamed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1581" />
      <source>A Data Protection Officer is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1582" />
      <source>A Data Protection Officer may be required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1583" />
      <source>Automated evaluation of people (profiling or scoring) with decisions that have legal or similarly significant effects: a DPIA is required (Art. 35(3)(a)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1584" />
      <source>Counted from the activity's own fields: {criteria} (WP248 rev.01).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1585" />
      <source>Every activity is occasional, without special-category or criminal data and without a risk the screening shows; say how many employees you have: from 250 the record is always required (Art. 30(5)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1586" />
      <source>In Germany a DPO is also required when data is processed commercially to be passed on or for market or opinion research (§ 38(1) BDSG).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1587" />
      <source>In Germany, processing that needs a DPIA ({names}) makes a DPO required, whatever the number of staff (§ 38(1) BDSG, Art. 35).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1588" />
      <source>No Data Protection Officer is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1589" />
      <source>No activity is recorded yet. Any payroll or customer file is not occasional, so it makes the record required (Art. 30(5)): record your activities to be sure.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1590" />
      <source>One WP248 criterion is met: consider a DPIA and record why not (WP248 rev.01).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1591" />
      <source>Say how many people constantly work with personal data on computers: in Germany, from {threshold} a DPO is required (§ 38(1) BDSG).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1592" />
      <source>Special-category or criminal-offence data on a large scale: a DPIA is required (Art. 35(3)(b)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1593" />
      <source>Systematic monitoring of a publicly accessible area on a large scale: a DPIA is required (Art. 35(3)(c)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1594" />
      <source>The record must cover at least these activities; keeping every activity in it is simplest (WP29 position paper on Art. 30(5)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1595" />
      <source>The record of processing is optional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1596" />
      <source>The record of processing is probably required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1597" />
      <source>The record of processing is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1598" />
      <source>The record of processing may be optional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1599" />
      <source>What counts: a core activity is part of what the office exists to do, not support such as payroll or IT (WP243 rev.01 § 2.1.2); large scale weighs the number of people, the volume, the duration and the area (§ 2.1.3); regular and systematic monitoring includes tracking, profiling, CCTV and behavioural advertising (§ 2.1.4).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1600" />
      <source>What counts: a hospital's patient files are the example of a core activity (WP243 rev.01 § 2.1.2); a single doctor's are not large scale (§ 2.1.3, Recital 91).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1601" />
      <source>Whatever your number of employees, the exemption of Art. 30(5) does not apply:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1602" />
      <source>You are a public authority or body: a DPO is required whatever data you process (Art. 37(1)(a); WP243 rev.01 § 2.1.1). Only courts acting as courts are exempt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1603" />
      <source>You are not a public body, and your core activities neither monitor people on a large scale nor handle special-category or criminal data on a large scale, so no DPO is required (Art. 37(1); WP243 rev.01 § 2.1). Name the person responsible for data protection instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1604" />
      <source>You may still appoint a DPO voluntarily; the same rules then apply to them (WP243 rev.01 § 2.1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1605" />
      <source>You said your main business handles special-category or criminal-offence data on a large scale: a DPO is required (Art. 37(1)(c)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1606" />
      <source>You said your main business monitors people regularly and systematically on a large scale: a DPO is required (Art. 37(1)(b)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1607" />
      <source>Your activities {names} are core activities that handle special-category or criminal-offence data on a large scale: a DPO is required (Art. 37(1)(c)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1608" />
      <source>Your activities {names} are core activities that monitor people regularly and systematically on a large scale: a DPO is required (Art. 37(1)(b)).</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2755" />
      <source>%n (criterion|criteria) (is|are) met, but the reason no DPIA is needed is recorded (WP248 rev.01).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2756" />
      <source>%n WP248 (criterion|criteria) (is|are) met: a DPIA is required in most cases (WP248 rev.01).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2757" />
      <source>In Germany, %n (person|people) constantly (works|work) with personal data on computers: from {threshold}, as a rule, a DPO is required (§ 38(1) BDSG).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2758" />
      <source>With %n employee(s) (250 or more) the record is always required (Art. 30(1), (2) and (5)).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2759" />
      <source>With %n employee(s) (fewer than 250), and every activity occasional, without special-category or criminal data and without a risk the screening shows, the exemption of Art. 30(5) applies. Keeping the record is still the easiest way to show you comply (Art. 5(2)).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2760" />
      <source>With %n employee(s) (fewer than 250), the exemption of Art. 30(5) does not apply:</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2761" />
      <source>{names} (is|are) likely to result in a risk to people (the DPIA screening meets at least one WP248 criterion); any risk counts, not only a high one (Art. 30(5); WP29 position paper on Art. 30(5), 19 April 2018).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2762" />
      <source>{names} (is|are) not occasional: routine processing, like payroll or a customer file, needs the record (Art. 30(5)).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2763" />
      <source>{names} include(s|) special-category (Art. 9(1)) or criminal-offence (Art. 10) data, which needs the record (Art. 30(5)).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>problems</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="1609" />
      <source>A breach likely to result in a risk must be notified to the authority (Art. 33(1)); choose Yes, or review the risk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1610" />
      <source>Give both the likelihood and the severity after the measures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1611" />
      <source>Kept for is required with a unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1612" />
      <source>Object by cannot be before the notice was received.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1613" />
      <source>Say how long it is kept: a number and a unit, or in words (Art. 30(1)(f)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1614" />
      <source>The extension is allowed only if the person is told within the first month, by {day} ({calendar}; Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1615" />
      <source>The {label} was not saved. {reasons}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1616" />
      <source>This criterion is listed twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1617" />
      <source>Unit is required with a number: days, weeks, months or years.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1618" />
      <source>{field} '{value}' is not a country code (two letters, e.g. RO, DE, CH).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1619" />
      <source>{field} '{value}' is not a time zone (e.g. Europe/Bucharest).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1620" />
      <source>{field} '{value}' is not one of the choices ({choices}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1621" />
      <source>{field} cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1622" />
      <source>{field} contains an invisible control character, {character}, at character {position}; remove it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1623" />
      <source>{field} contains half of a broken character pair, {character}, at character {position}; remove it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1624" />
      <source>{field} has an entry longer than {limit} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1625" />
      <source>{field} is in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1626" />
      <source>{field} is required for a joint controller (Art. 26).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1627" />
      <source>{field} is required for an approved policy (Art. 24(2)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1628" />
      <source>{field} is required once the request is answered or refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1629" />
      <source>{field} is required to extend the deadline (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1630" />
      <source>{field} is required when an answer was received.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1631" />
      <source>{field} is required when notifying more than 72 hours after becoming aware (Art. 33(1)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1632" />
      <source>{field} is required when refusing: tell them why and that they may complain (Art. 12(4)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1633" />
      <source>{field} is required when the data is a client's: they must be told (Art. 33(2)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1634" />
      <source>{field} is required when you act as processor (Art. 30(2)(a)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1635" />
      <source>{field} is required when you choose your own level instead of the assessed one (Art. 33(5)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1636" />
      <source>{field} is required when you have a DPO (Art. 37(7)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1637" />
      <source>{field} is required with a sign-off date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1638" />
      <source>{field} is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1639" />
      <source>{field} is too large a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1640" />
      <source>{field} is too long ({length} characters; at most {limit}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1641" />
      <source>{field} must be a date (YYYY-MM-DD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1642" />
      <source>{field} must be a date and time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1643" />
      <source>{field} must be a list of entries.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1644" />
      <source>{field} must be a list of records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1645" />
      <source>{field} must be a list of rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1646" />
      <source>{field} must be a single line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1647" />
      <source>{field} must be a whole number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1648" />
      <source>{field} must be at least {minimum}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1649" />
      <source>{field} must be at most {maximum}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1650" />
      <source>{field} must be one of the listed choices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1651" />
      <source>{field} must be text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1652" />
      <source>{field} must be yes or no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1653" />
      <source>{field} must point to a record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1654" />
      <source>{field} needs a time zone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1655" />
      <source>{field} row {row}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1656" />
      <source>{field} row {row} {column}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1657" />
      <source>{field}: entry {number} contains an invisible control character, {character}, at character {position}; remove it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1658" />
      <source>{field}: entry {number} contains half of a broken character pair, {character}, at character {position}; remove it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1659" />
      <source>{field}: {problem}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1660" />
      <source>{later} cannot be before {earlier}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1661" />
      <source>{record} has no field '{key}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1662" />
      <source>{table} has no column '{column}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1663" />
      <source>{where}: {message}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="../../gui/reports.py" line="33" />
      <source>Record of processing activities (Art. 30)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="34" />
      <source>DPIA (Art. 35)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="35" />
      <source>Breach notification pack (Art. 33–34)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="36" />
      <source>Breach notification: ANSPDCP form (Romania)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="37" />
      <source>Breach notification: CNIL form (France)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="38" />
      <source>Breach register (Art. 33(5))…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="39" />
      <source>Processors and DPAs (Art. 28)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="40" />
      <source>Staff training (Art. 32(4))…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="41" />
      <source>Rights requests (Art. 12–22)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="45" />
      <source>Reading the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="45" />
      <source>Laying out the pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="46" />
      <source>Signing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1664" />
      <source>1. Notification to the supervisory authority — Art. 33</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1665" />
      <source>1. Screening (EDPB WP248 rev.01)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1666" />
      <source>1. The records reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1667" />
      <source>2. Systematic description of the processing — Art. 35(7)(a)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1668" />
      <source>2. The year's figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1669" />
      <source>2. Timeline — Art. 33(5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1670" />
      <source>3. Necessity and proportionality — Art. 35(7)(b)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1671" />
      <source>3. Open findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1672" />
      <source>3. Risk assessment — ENISA 2013, EDPB Guidelines 9/2022 and 01/2021</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1673" />
      <source>4. Changes since the previous review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1674" />
      <source>4. Risks to the rights and freedoms of the people concerned — Art. 35(7)(c)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1675" />
      <source>4. Training of the staff involved — Art. 32(4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1676" />
      <source>5. Communication to the people affected — Art. 34</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1677" />
      <source>5. Measures to address the risks — Art. 35(7)(d)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1678" />
      <source>5. Sign-off by management</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1679" />
      <source>6. Advice and views — Art. 35(2) and 35(9)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1680" />
      <source>7. Outcome, sign-off and review — Art. 35(11)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1681" />
      <source>8. Prior consultation of the supervisory authority — Art. 36</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1682" />
      <source>&lt;b&gt;Art. 28(3) checklist&lt;/b&gt; — {count} of 8 clauses in the contract</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1683" />
      <source>&lt;b&gt;Date&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1684" />
      <source>&lt;b&gt;For management&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1685" />
      <source>&lt;b&gt;Name and role&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1686" />
      <source>&lt;b&gt;Signature&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1687" />
      <source>&lt;b&gt;The 72-hour deadline has passed:&lt;/b&gt; the notification must give the reasons for the delay (Art. 33(1)). None is recorded yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1688" />
      <source>&lt;b&gt;{heading}.&lt;/b&gt; </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1689" />
      <source>&lt;b&gt;{label}:&lt;/b&gt; {result} ({met} of 9 criteria met).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1690" />
      <source>&lt;b&gt;{label}:&lt;/b&gt; {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1691" />
      <source>A personal data breach that affects your information</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1692" />
      <source>About this report (ICO form)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1693" />
      <source>After the measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1694" />
      <source>All breaches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1695" />
      <source>All requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1696" />
      <source>Almost certain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1697" />
      <source>Annual data protection review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1698" />
      <source>Answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1699" />
      <source>Answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1700" />
      <source>Art. 28(3) clauses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1701" />
      <source>Art. 30 GDPR record of processing activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1702" />
      <source>Art. 30(1)(a) — Controller and joint controllers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1703" />
      <source>Art. 30(1)(b) — Purposes of the processing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1704" />
      <source>Art. 30(1)(c) — Categories of data subjects and of personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1705" />
      <source>Art. 30(1)(d) — Categories of recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1706" />
      <source>Art. 30(1)(e) — Transfers to third countries or international organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1707" />
      <source>Art. 30(1)(f) — Time limits for erasure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1708" />
      <source>Art. 30(1)(g) — Technical and organisational security measures (Art. 32(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1709" />
      <source>Art. 30(2)(a) — The processor (this organisation), its representative and DPO</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1710" />
      <source>Art. 30(2)(a)–(b) — Controllers we act for, and the processing carried out for each</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1711" />
      <source>Art. 30(2)(c) — Transfers to third countries or international organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1712" />
      <source>Art. 30(2)(d) — Technical and organisational security measures (Art. 32(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1713" />
      <source>Art. 33(5) GDPR breach register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1714" />
      <source>Art. 9 data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1715" />
      <source>Article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1716" />
      <source>Atlas Desktop review pack: {review}, {organisation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1717" />
      <source>Audit trail entry {count}; head hash {head}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1718" />
      <source>Audit trail when the pack was made: {anchor}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1719" />
      <source>Authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1720" />
      <source>Be careful with unexpected e-mails, calls or messages that mention this incident or ask for personal details, passwords or payments, and tell us if you notice anything unusual. You may also want to change passwords you used with us.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1721" />
      <source>Became aware</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1722" />
      <source>Before the measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1723" />
      <source>Breach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1724" />
      <source>Breach #{number} in our Art. 33(5) register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1725" />
      <source>Breach register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1726" />
      <source>Breaches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1727" />
      <source>Breaches by cause (Art. 33, EDPB Guidelines 01/2021)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1728" />
      <source>Breaches recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1729" />
      <source>Breaches with a clock still running (Art. 33(1), 34(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1730" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1731" />
      <source>By {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1733" />
      <source>Cause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1734" />
      <source>Certificate:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1735" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1736" />
      <source>Check with: {command}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1737" />
      <source>Closed without an answer date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1738" />
      <source>Closed {when} UTC by {person}; period {period}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1739" />
      <source>Closed {when} by {person}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1740" />
      <source>Compared with {review}, closed {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1741" />
      <source>Compared with {review}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1742" />
      <source>Contact us using the details on our website.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1743" />
      <source>Contents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1744" />
      <source>Contents (continued)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1745" />
      <source>Coverage of current staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1746" />
      <source>Current processors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1747" />
      <source>Current staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1748" />
      <source>DPA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1749" />
      <source>DPIA (Art. 35 GDPR): {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1750" />
      <source>Data protection impact assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1751" />
      <source>Data still held after its retention period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1752" />
      <source>Data subject rights requests (Art. 12–22 GDPR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1753" />
      <source>Data-protection training (completed to expiry)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1754" />
      <source>Data-protection training of the staff who handle personal data — Articles 32(4) and 39(1)(b) GDPR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1755" />
      <source>Date:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1756" />
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1757" />
      <source>Dear [name],</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1758" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1759" />
      <source>Decision pending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1760" />
      <source>Digitally signed (PAdES)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1761" />
      <source>Document the breach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1762" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1763" />
      <source>Done {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1764" />
      <source>Draft communication in plain language — Art. 34(2)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2764" />
      <source>%n current processing activit(y|ies): {controller} as controller or joint controller, {processor} as processor for clients; {retired} retired.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2765" />
      <source>Due in %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2766" />
      <source>Expired {date} (%n day(s) ago)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2767" />
      <source>Late by %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2768" />
      <source>Overdue by %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2769" />
      <source>The people affected were told (Art. 34) in %n breach(es).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2770" />
      <source>Valid until {date}: refresher due in %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1765" />
      <source>Due soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1732" />
      <source>Cannot read {path}: {error}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1766" />
      <source>Duty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1767" />
      <source>ENISA's method: severity = kind of data (DPC) × ease of identification (EI) + circumstances (CB); below 2 low, below 3 medium, below 4 high, else very high. A question left unanswered is taken at its worst and marked as assumed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1768" />
      <source>Each record was confirmed unchanged, updated in the register, or retired (kept in the history but no longer in force), by the person named, on the day shown. “In bulk” marks records confirmed together with the other remaining ones; a record that needed attention (overdue, a breach clock running, a gap) could only be confirmed on its own, with a note saying why. The next review is dated from the close: a year, or the record's own review cycle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1769" />
      <source>Effect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1770" />
      <source>Effects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1771" />
      <source>Ended contracts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1772" />
      <source>Entry {count}; head hash {head}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1773" />
      <source>Every personal data breach, notified or not — Article 33(5) GDPR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1774" />
      <source>Everyone on the staff list has valid training.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1775" />
      <source>Executive summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1776" />
      <source>Exemption relied on — Art. 34(3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1777" />
      <source>Exemption: {exemption}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1778" />
      <source>Expiry not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1779" />
      <source>Extended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1780" />
      <source>Extended: {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1781" />
      <source>Facts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1782" />
      <source>Finding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1783" />
      <source>Follow-up report (information provided in phases, Art. 33(4))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1784" />
      <source>For each breach: the facts, its effects and the remedial action taken (Art. 33(5)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1785" />
      <source>From the record of processing: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1786" />
      <source>From {start} to {end}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1787" />
      <source>Further information (ICO template and Art. 35 screening)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1788" />
      <source>Gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1789" />
      <source>Generated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1790" />
      <source>Generated {when} · Audit trail entry {count}, head {head}… · Signed: any change breaks it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1791" />
      <source>Handling special-category data without valid training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1792" />
      <source>How the deadline is counted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1793" />
      <source>In 72 h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1794" />
      <source>In progress: a draft, not the signed review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1795" />
      <source>In the contract</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1796" />
      <source>Initial report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1797" />
      <source>It happened on {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1798" />
      <source>Key moments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1799" />
      <source>Late</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1800" />
      <source>Late or overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1801" />
      <source>Latest training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1802" />
      <source>Likelihood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1803" />
      <source>Likelihood after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1804" />
      <source>Likelihood →</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1805" />
      <source>Likelihood: 1 remote, 2 possible, 3 likely, 4 almost certain. Severity: 1 minimal, 2 significant, 3 serious, 4 severe or permanent. Level: likelihood × severity, up to 3 low, 4–6 medium, 8 and above high.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1806" />
      <source>Likely</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1807" />
      <source>Likely consequences — Art. 33(3)(c)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1808" />
      <source>Made available to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1809" />
      <source>Made from the breach record above; check it and fill in the name before sending. With the exemption of Art. 34(3)(c), the same text serves as the public communication.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1810" />
      <source>Measures taken or proposed — Art. 33(3)(d)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1811" />
      <source>Met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1812" />
      <source>Minimal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1813" />
      <source>Missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1814" />
      <source>Next review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1815" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1816" />
      <source>No DPA recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1817" />
      <source>No breach in the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1818" />
      <source>No breach is recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1819" />
      <source>No current staff are recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1820" />
      <source>No events are recorded in the timeline yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1821" />
      <source>No measure is recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1822" />
      <source>No measure recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1823" />
      <source>No member of staff is recorded as involved in this breach.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1824" />
      <source>No member of staff is recorded as involved. Training status: see part 4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1825" />
      <source>No processing as controller is recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1826" />
      <source>No processor is recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1827" />
      <source>No rights request in the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1828" />
      <source>No rights request is recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1829" />
      <source>No risk is recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1830" />
      <source>No staff are recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1831" />
      <source>No training is recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1832" />
      <source>No training recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1833" />
      <source>None changed the outcome: it follows the severity score.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1834" />
      <source>None recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1835" />
      <source>None: every breach was notified, or decided not to be, and the people affected were told where they had to be.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1836" />
      <source>None: no data is kept past the retention period its activity records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1837" />
      <source>None: nothing is overdue or missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1838" />
      <source>Not assessed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1839" />
      <source>Not assessed yet: {reasons}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1840" />
      <source>Not decided yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1841" />
      <source>Not made yet: the public communication is still due. It replaces the individual notices; it does not remove the duty to inform the people affected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1842" />
      <source>Not notified by decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1843" />
      <source>Not notified by decision: judged unlikely to result in a risk and documented (Art. 33(1), 33(5)), or a client's breach, which the client notifies (Art. 33(2)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1844" />
      <source>Not notified yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1845" />
      <source>Not notified yet; due by {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1846" />
      <source>Not notified: unlikely to result in a risk (Art. 33(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1847" />
      <source>Not notified; the 72 hours have passed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1848" />
      <source>Not recorded yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1849" />
      <source>Not recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1850" />
      <source>Not required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1851" />
      <source>Not required (exemption)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1852" />
      <source>Not required: the risk remaining after the measures is not high (Art. 36(1)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1853" />
      <source>Not required: the risk to the people affected is not assessed as high ({level}), so Art. 34(1) does not apply.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1854" />
      <source>Not set by the contract: Atlas counts 24 hours (“without undue delay”).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1855" />
      <source>Not told</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1856" />
      <source>Not told yet: tell the client without undue delay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1857" />
      <source>Not valid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1858" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1859" />
      <source>Nothing needs management's action: keep the records current and review again in a year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1860" />
      <source>Nothing was added, changed or retired since then.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1861" />
      <source>Notified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1862" />
      <source>Notified to the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1863" />
      <source>Notified {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1864" />
      <source>Notified {when} (after the 72 hours)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1865" />
      <source>Notify the supervisory authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1866" />
      <source>Notifying the authority (Art. 33(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1867" />
      <source>On</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1868" />
      <source>On time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1869" />
      <source>One month from receipt, three if extended (the person told within the first month), {calendar} (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1870" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1871" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1872" />
      <source>Our reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1873" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1874" />
      <source>Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1875" />
      <source>Page {page} of {pages}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1876" />
      <source>Part 1 — Processing as controller (Art. 30(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1877" />
      <source>Part 2 — Processing on behalf of other controllers (Art. 30(2))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1878" />
      <source>People told</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1879" />
      <source>Period covered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1880" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1881" />
      <source>Personal data breach (Art. 33–34 GDPR): {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1882" />
      <source>Personal data breach: notification and record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1883" />
      <source>Possible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1884" />
      <source>Processes the data in {country}, covered by an adequacy decision (Art. 45).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1885" />
      <source>Processes the data in {country}, inside the EEA: no transfer under Chapter V.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1886" />
      <source>Processes the data in {country}, outside the EEA, and no transfer mechanism is recorded (Art. 44–49).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1887" />
      <source>Processes the data in {country}, outside the EEA; the transfer relies on: {mechanism}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1888" />
      <source>Processors and DPAs (Art. 28 GDPR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1889" />
      <source>Processors and their contracts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1890" />
      <source>Processors, data processing agreements (Art. 28(3)), sub-processors and transfers (Chapter V GDPR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1891" />
      <source>Public communication</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1892" />
      <source>Public communication instead — Art. 34(3)(c)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1893" />
      <source>Question or rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1894" />
      <source>Reason:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1895" />
      <source>Reasoning — Art. 33(5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1896" />
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1897" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1898" />
      <source>Record of processing activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1899" />
      <source>Records of processing activities under Article 30 of the GDPR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1900" />
      <source>Register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1901" />
      <source>Register state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1902" />
      <source>Register:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1903" />
      <source>Remedial action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1904" />
      <source>Remote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1905" />
      <source>Replaced by a public communication</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1906" />
      <source>Report type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1907" />
      <source>Request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1908" />
      <source>Requester</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1909" />
      <source>Requests from people exercising their rights, with their one-month deadlines — Articles 12 to 22 GDPR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1910" />
      <source>Requests recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1911" />
      <source>Retention periods that ran out (Art. 5(1)(e))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1912" />
      <source>Retired activities (kept for the history)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1913" />
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1914" />
      <source>Rights requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1915" />
      <source>Rights requests by type (Art. 12(3), 15–22)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1916" />
      <source>Risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1917" />
      <source>Risk matrix before and after the measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1918" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1919" />
      <source>SHA-256 {fingerprint}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1920" />
      <source>Scope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1921" />
      <source>Serious</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1922" />
      <source>Severe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1923" />
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1924" />
      <source>Severity after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1925" />
      <source>Severity score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1926" />
      <source>Severity ↑</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1927" />
      <source>Signature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1928" />
      <source>Signer:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1929" />
      <source>Significant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1930" />
      <source>Snapshot at start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1931" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1932" />
      <source>Staff data-protection training (Art. 32(4) GDPR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1933" />
      <source>Staff involved and their training (ICO form)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1934" />
      <source>Staff training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1935" />
      <source>Staff training (Art. 32(4))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1936" />
      <source>Started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1937" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1938" />
      <source>Status today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1939" />
      <source>Still open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1940" />
      <source>Still to answer: {questions}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1941" />
      <source>Subject: {subject}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1942" />
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1943" />
      <source>Tell the client (the controller)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1944" />
      <source>Tell the people affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1945" />
      <source>Telling the client (the controller) — Art. 33(2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1946" />
      <source>Telling the people (Art. 34(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1947" />
      <source>Telling the people affected — Art. 34</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1948" />
      <source>That file does not hold a certificate (PEM or DER).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1949" />
      <source>That is the register's own file; choose another name for the pack.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1950" />
      <source>That is the register's own file; choose another name for the report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1951" />
      <source>The EDPB rules applied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1952" />
      <source>The Register line in the box names the state of the organisation's register (its audit trail) when the report was made; with Atlas Desktop the organisation can later prove that its history up to that point was not rewritten (atlas audit verify --anchor {anchor}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1953" />
      <source>The answer due date is 8 weeks (14 if extended) after sending, {calendar} (Art. 36(2)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1954" />
      <source>The answers and how each was weighed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1955" />
      <source>The answers as recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1956" />
      <source>The client decides (Art. 33(2))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1957" />
      <source>The client's decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1958" />
      <source>The controller and the contact point — Art. 33(3)(b)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1959" />
      <source>The controller's name and contact details, its representative and its data protection contact (Art. 30(1)(a)) are given on the first page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1960" />
      <source>The data is {client}'s: as the controller, {client} decides whether and how to tell the people affected (Art. 34). We give them what they need to do it (Art. 28(3)(f)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1961" />
      <source>The file has no signature.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1962" />
      <source>The file is damaged or not a signed PDF ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1963" />
      <source>The folder {path} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1964" />
      <source>The nature of the breach — Art. 33(3)(a)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1965" />
      <source>The organisation (controller)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1966" />
      <source>The organisation does not process personal data on behalf of other controllers, so it keeps no Art. 30(2) record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1967" />
      <source>The organisation issued its signing certificate itself, so the reader may add that the signer's identity is unknown or not trusted: that is expected. &lt;b&gt;To confirm who signed&lt;/b&gt;, show the signer's certificate (in Acrobat Reader: Signature Properties, Show Signer's Certificate, Details) and compare its SHA-256 fingerprint with the one the organisation gives you. For this report it is:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1968" />
      <source>The pack has no {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1969" />
      <source>The people affected were told as recorded below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1970" />
      <source>The processor…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1971" />
      <source>The register — Art. 33(5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1972" />
      <source>The register's audit trail is a hash chain: the head hash above identifies its exact state when this report was made. The report is signed electronically (PAdES) with the organisation's certificate; the signature, on the last page, breaks if anything in the file is changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1973" />
      <source>The requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1974" />
      <source>The residual risk is high: the processing may not start before the authority has been consulted (Art. 36(1)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1975" />
      <source>The risk is high: the people affected must be told without undue delay (Art. 34(1)), unless an exemption of Art. 34(3) applies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1976" />
      <source>The supervisory authority (its name is not recorded on the organisation's page)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1977" />
      <source>The supervisory authority on request (Art. 30(4))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1978" />
      <source>The yearly check of our records of processing and data-protection measures — Articles 5(2) and 24(1) GDPR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1979" />
      <source>The {kind} report is about one {record}: give its number with --id ({command} shows them).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1980" />
      <source>There is no report called {kind}; use one of: {kinds}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1981" />
      <source>This is not a zip file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1982" />
      <source>This is the first review: there is nothing to compare with yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1983" />
      <source>This report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1984" />
      <source>This report is signed electronically (PAdES) by the organisation. Any change to the file after signing, even of one character, breaks the signature. &lt;b&gt;To check it&lt;/b&gt;, open the file in a PDF reader that shows signatures, for example Adobe Acrobat Reader, and open its signature panel. It should show the signer, &lt;b&gt;{signer}&lt;/b&gt;, and say that the document has not been modified since this signature was applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1985" />
      <source>Timing — Art. 33(1) and 33(4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1986" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1987" />
      <source>To do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1988" />
      <source>To notify, not sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1989" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1990" />
      <source>Told {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1991" />
      <source>Training log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1992" />
      <source>Training records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1993" />
      <source>Valid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1994" />
      <source>Valid until {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1995" />
      <source>We are still assessing the possible consequences for you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1996" />
      <source>We are still establishing what happened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1997" />
      <source>We are still establishing which information was involved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1998" />
      <source>We are writing to tell you about an incident at {organisation} that involves your personal information, and what we are doing about it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1999" />
      <source>We became aware of it on {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2000" />
      <source>We have read this review. We approve the records as they stand and ask for the points listed for management to be dealt with before the next review (Art. 5(2), 24(1) GDPR).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2001" />
      <source>We have taken steps to contain the incident and are reviewing how to prevent it happening again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2002" />
      <source>We process this data on behalf of {client}. This notification is for {client}, the controller, who decides whether to notify the supervisory authority and the people affected (Art. 33(2)). See “Telling the client” below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2003" />
      <source>What changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2004" />
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2005" />
      <source>What information was involved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2006" />
      <source>What the dashboard and “atlas check” report at the close: deadlines passed, deadlines close, and gaps the GDPR asks to be filled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2007" />
      <source>What this could mean for you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2008" />
      <source>What we have done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2009" />
      <source>What you can do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2010" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2011" />
      <source>When we became aware</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2012" />
      <source>Whenever they happened: the decisions as recorded in the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2013" />
      <source>Where it processes the data is not recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2014" />
      <source>Who must be told</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2015" />
      <source>Who to contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2016" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2017" />
      <source>With valid training today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2018" />
      <source>Without valid training: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2019" />
      <source>Worked out from the organisation's country ({country}), Art. 55.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2020" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2021" />
      <source>You also have the right to complain to {authority}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2022" />
      <source>Yours sincerely,</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2023" />
      <source>audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2024" />
      <source>audit trail entry {count}, head {head}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2025" />
      <source>content was added after signing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2026" />
      <source>not answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2027" />
      <source>not answered: worked out from the data involved (see the table above)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2028" />
      <source>not assessed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2029" />
      <source>not needed: availability was not affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2030" />
      <source>not needed: confidentiality was not affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2031" />
      <source>not needed: integrity was not affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2032" />
      <source>not ticked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2033" />
      <source>our organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2034" />
      <source>role not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2035" />
      <source>the client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2036" />
      <source>the data protection supervisory authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2037" />
      <source>the signed content was changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2038" />
      <source>the signer's certificate is not the one given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2039" />
      <source>{answer} (assumed: not answered)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2040" />
      <source>{count} of 8</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2041" />
      <source>{course} ({date})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2042" />
      <source>{course} ({start} to {end})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2043" />
      <source>{file} does not match its hash in the manifest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2044" />
      <source>{file} is missing from the pack.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2045" />
      <source>{file} is not in the manifest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2046" />
      <source>{label} (continued)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2047" />
      <source>{name} ({role})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2048" />
      <source>{notified}, of which {late} after the 72 hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2049" />
      <source>{path} is a folder; give the pack a file name, e.g. {example}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2050" />
      <source>{path} is a folder; give the report a file name, e.g. {example}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2051" />
      <source>{percent}% of current staff ({trained} of {staff}) have training that is valid today.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2052" />
      <source>{review}: annual data protection review (Art. 5(2), 24(1) GDPR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2053" />
      <source>{right} ({article})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2054" />
      <source>{signer}, made by {person}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2055" />
      <source>{start} – {end}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2056" />
      <source>{title} — Article 35 GDPR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2057" />
      <source>{title} — Articles 33 and 34 GDPR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2058" />
      <source>{valid} of {staff}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2059" />
      <source>{valid} of {staff} ({percent} %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2060" />
      <source>{when} by {person}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="69" />
      <source>Nothing to report on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="70" />
      <source>There are no {0} yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="75" />
      <source>Which {0}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="104" />
      <source>Which report?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="104" />
      <source>Report on this record:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="126" />
      <source>Save the signed report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="126" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="145" />
      <source>Report signed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="146" />
      <source>The signed report was written to
{0}

It is not encrypted: keep it somewhere safe. Open it now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="154" />
      <source>The report was not written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/reports.py" line="156" />
      <source>Building and signing the report…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>retention</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="2061" />
      <source>Data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2062" />
      <source>from answer to a rights request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2063" />
      <source>from closing of the account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2064" />
      <source>from collection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2065" />
      <source>from end of employment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2066" />
      <source>from end of the contract</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2067" />
      <source>from end of the processing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2068" />
      <source>from last contact with the person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2069" />
      <source>from withdrawal of consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2070" />
      <source>from {trigger}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2071" />
      <source>{category}: {period}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2771" />
      <source>%n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2772" />
      <source>%n month(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2773" />
      <source>%n week(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2774" />
      <source>%n year(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>review</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="2072" />
      <source> (aware {when})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2073" />
      <source>, and {people}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2074" />
      <source>, {count} to be notified but not notified yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2075" />
      <source>, {count} with the decision still pending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2076" />
      <source>, {open} still open ({overdue} overdue)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2077" />
      <source>; and {count} more (section 2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2078" />
      <source>; without: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2079" />
      <source>Active again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2080" />
      <source>Added during the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2081" />
      <source>Breach “{title}” touches this activity and its clock is still running: {authority}, and {people}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2082" />
      <source>Breach “{title}” touches this activity and its clock is still running: {authority}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2083" />
      <source>Deleted during the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2084" />
      <source>In bulk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2085" />
      <source>No personal data breach was recorded in the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2086" />
      <source>No request from a person exercising their rights was received in the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2087" />
      <source>Open findings: {overdue} overdue, {due_soon} due soon and {gaps} gaps in the records (details in section 3).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2088" />
      <source>Person {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2089" />
      <source>Since {since}: {added} added, {changed} changed and {retired} retired or removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2090" />
      <source>Some breaches were notified after 72 hours: check the breach procedure (Art. 33(1)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2091" />
      <source>Some rights requests were answered late or are overdue: check who handles them (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2092" />
      <source>There are no open findings: nothing is overdue or missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2093" />
      <source>This is the first review: later reviews will list what changed since this one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2094" />
      <source>the previous review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2095" />
      <source>{percent}% of staff ({trained} of {staff}) have valid data-protection training{missing}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2096" />
      <source>“{title}” needs your attention before it is confirmed: {reason}{more}. Open it and put it right, or confirm it with a note saying why it stands as it is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2097" />
      <source>“{title}”{aware}: {authority}{people}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2098" />
      <source>…and {count} more overdue (section 3).</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2775" />
      <source> (and %n more)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2776" />
      <source>%n breach(es) still (has|have) a clock running (Art. 33(1), 34(1)), whenever it happened: {breaches}</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2777" />
      <source>%n personal data breach(es) in the period: {notified} notified to the authority ({on_time} within 72 hours, {late} late), {not_needed} not notified by a recorded decision (unlikely to result in a risk, or a client's breach that the client notifies){to_notify}{undecided}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2778" />
      <source>%n rights request(s) received: {answered} answered ({on_time} on time, {late} late), {extended} extended by two months{still_open}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2779" />
      <source>Train the %n member(s) of staff without valid training (Art. 32(4)).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2780" />
      <source>We reviewed %n record(s) that describe our ongoing processing: {confirmed} confirmed unchanged, {updated} updated and {retired} retired.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>review_packs</name>
    <message>
      <location filename="../../gui/review/packs.py" line="23" />
      <source>Writing the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="24" />
      <source>Writing the record of processing activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="25" />
      <source>Writing the spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="25" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="36" />
      <source>Save the review pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="37" />
      <source>Review pack (*.zip)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="45" />
      <source>The review pack was saved as
{0}

It holds the signed review, the signed record of processing activities and the full spreadsheet, with a manifest of their SHA-256 hashes. It is not encrypted: keep it somewhere safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="75" />
      <source>Closing the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="82" />
      <source>Review closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="83" />
      <source>The review is closed and signed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="89" />
      <source>The review was not closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="91" />
      <source>Closing the review and signing the pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="109" />
      <source>No pack yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="110" />
      <source>{0} is still in progress: its pack is made when it is closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="118" />
      <source>Saving the review pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="123" />
      <source>The pack was not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="125" />
      <source>Saving the review pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/review/packs.py" line="126" />
      <source>Pack saved</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>setup</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="2099" />
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2100" />
      <source>{country}'s public holidays are the same everywhere, so no region is needed; leave out {region}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2101" />
      <source>{region} is not a region of {country} with its own public holidays. Use one of: {regions}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2102" />
      <source>{text} is not a country Atlas knows. Give its two-letter code (e.g. RO for Romania, DE for Germany, GB for the United Kingdom).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2103" />
      <source>{what} cannot be empty: it is written in the audit trail and on sign-offs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2104" />
      <source>{what} contains a control character; type it again as plain text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2105" />
      <source>{what} is {length} characters long; use at most {most}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>spec</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="4" />
      <source>1 minimal, 2 significant, 3 serious, 4 severe or permanent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="5" />
      <source>1 remote, 2 possible, 3 likely, 4 almost certain.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="6" />
      <source>12 means at least once a year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="7" />
      <source>12 means once a year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="8" />
      <source>1–4, with the measures in place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="10" />
      <source>A client's: we process it on their behalf (processor)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="11" />
      <source>A core activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="12" />
      <source>A data protection impact assessment for processing likely to result in a high risk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="14" />
      <source>A ministry, council, public school or hospital, or another body under public law. Courts acting as courts are not counted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="15" />
      <source>A phone number for data-protection matters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="16" />
      <source>A request from someone to see, correct, erase, move or stop the use of their data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="17" />
      <source>A security incident that led to personal data being lost, destroyed, altered, disclosed or accessed without authorisation. Every breach is recorded, notified or not (Art. 33(5)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="18" />
      <source>A service provider that handles personal data for you (payroll, hosting, email, payments…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="19" />
      <source>A short name, e.g. Laptop stolen from car.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="20" />
      <source>A short name, e.g. Payroll.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="22" />
      <source>About telling them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="23" />
      <source>About the automated decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="24" />
      <source>Accepted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="25" />
      <source>Access control: only those who need it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="26" />
      <source>Access logging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="27" />
      <source>Access to their data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="28" />
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="29" />
      <source>Activities affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="30" />
      <source>Activities concerned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="31" />
      <source>Activities served</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="32" />
      <source>Activities that use this processor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="33" />
      <source>Activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="34" />
      <source>Acts only on our documented instructions, transfers included</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="35" />
      <source>Added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="36" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="37" />
      <source>Address, email or phone of the representative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="38" />
      <source>Adequacy decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="40" />
      <source>Advice given by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="41" />
      <source>Advice of the DPO or person responsible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="42" />
      <source>An email address people and the authority can reach you at.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="43" />
      <source>An up-to-date backup restored it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="44" />
      <source>Answer due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="45" />
      <source>Answer received on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="46" />
      <source>Answer sent on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="47" />
      <source>Answer to a rights request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="48" />
      <source>Answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="49" />
      <source>Answering messages sent through the website or by email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="50" />
      <source>Any registration or case number the authority gave you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="51" />
      <source>Anything else worth keeping, e.g. how identity was checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="52" />
      <source>Anything else worth keeping.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="53" />
      <source>Anything the checklist does not say.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="54" />
      <source>Anything the number does not say, e.g. “until the permit expires” or the law that sets it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="55" />
      <source>Approved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="56" />
      <source>Approved by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="57" />
      <source>Approved certification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="58" />
      <source>Approved code of conduct</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="59" />
      <source>Approved on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="60" />
      <source>Approximate number of people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="61" />
      <source>Approximate number of records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="62" />
      <source>Archiving, research or statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="63" />
      <source>Art. 9(2) condition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="64" />
      <source>Assessed risk to people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="69" />
      <source>Auditors and accountants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="70" />
      <source>Authority extended its deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="71" />
      <source>Authority's answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="72" />
      <source>Authority's contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="73" />
      <source>Authority's reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="74" />
      <source>Automated decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="75" />
      <source>Automated decisions with legal or similarly significant effect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="76" />
      <source>Availability: lost or destroyed, even temporarily</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="77" />
      <source>Awaiting sign-off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="78" />
      <source>Backups and restore tested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="79" />
      <source>Balancing test (LIA)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="80" />
      <source>Bank and financial details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="81" />
      <source>Banks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="82" />
      <source>Became aware at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="83" />
      <source>Becoming aware plus 72 hours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="84" />
      <source>Becoming aware plus the hours above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="85" />
      <source>Behavioural data: location, traffic, habits, preferences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="86" />
      <source>Below the age of digital consent: the parent or guardian who gave or authorised consent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="87" />
      <source>Binding corporate rules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="88" />
      <source>Biometric data used to identify someone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="89" />
      <source>Breach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="90" />
      <source>Breaches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="91" />
      <source>Briefly, then restored without difficulty (e.g. from a backup)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="92" />
      <source>Business function</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="93" />
      <source>CCTV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="94" />
      <source>Cameras protecting the premises</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="95" />
      <source>Cannot be ruled out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="97" />
      <source>Categories of data subjects, e.g. Employees, Customers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="99" />
      <source>Categories of personal data concerned.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="100" />
      <source>Categories of personal data, e.g. Contact details, Bank details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="102" />
      <source>Cause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="104" />
      <source>Cause not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="105" />
      <source>Certificate number or where the proof is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="106" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="107" />
      <source>Changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="108" />
      <source>Changed and possibly used wrongly; the correct data can be restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="109" />
      <source>Changed and possibly used wrongly; the correct data cannot be restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="110" />
      <source>Changed, but put right with no sign that the wrong data was used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="111" />
      <source>Changes notified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="112" />
      <source>Children</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="113" />
      <source>Children or vulnerable people affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="114" />
      <source>Clauses authorised by the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="115" />
      <source>Clauses in the DPA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="116" />
      <source>Client (controller)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="117" />
      <source>Client told at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="118" />
      <source>Client's contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="119" />
      <source>Clients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="120" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="121" />
      <source>Closing of the account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="122" />
      <source>Collected through the person's employer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="123" />
      <source>Collection: when the data was collected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="124" />
      <source>Completed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="125" />
      <source>Completed on plus the validity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="127" />
      <source>Confidentiality, integrity and/or availability.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="128" />
      <source>Confidentiality: disclosed or accessed without authorisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="129" />
      <source>Confirmed unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="130" />
      <source>Consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="131" />
      <source>Consent record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="133" />
      <source>Consents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="134" />
      <source>Consider a DPIA: one criterion met; record why not</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="135" />
      <source>Consult the authority first (residual risk high)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="136" />
      <source>Consultation sent on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="137" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="138" />
      <source>Contact details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="139" />
      <source>Contact point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="140" />
      <source>Contained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="141" />
      <source>Containment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="142" />
      <source>Content of messages and calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="143" />
      <source>Contract</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="145" />
      <source>Contract ended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="146" />
      <source>Contractors and freelancers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="147" />
      <source>Controller</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="148" />
      <source>Controller: we decide why and how</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="150" />
      <source>Controllers we act for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="151" />
      <source>Correction (rectification)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="152" />
      <source>Could others see the data?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="153" />
      <source>Counted from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="154" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="155" />
      <source>Course</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="156" />
      <source>Courts and police, on legal request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="157" />
      <source>Criminal-offence data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="158" />
      <source>Criterion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="159" />
      <source>Current staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="160" />
      <source>Current staff are included in training coverage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="161" />
      <source>Customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="162" />
      <source>Customers and invoicing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="163" />
      <source>Cyber incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="164" />
      <source>DPA document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="165" />
      <source>DPA signed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="166" />
      <source>DPIA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="167" />
      <source>DPIA required by law: one of the cases of Art. 35(3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="168" />
      <source>DPIA required: two or more criteria met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="171" />
      <source>DPIA screening criteria met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="172" />
      <source>DPIAs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="173" />
      <source>DPIAs (Art. 35)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="174" />
      <source>DPIAs carried out for this activity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="175" />
      <source>DPO</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="176" />
      <source>DPO's contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="177" />
      <source>Data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="178" />
      <source>Data about vulnerable people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="179" />
      <source>Data exfiltration attack (hacking)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="180" />
      <source>Data involved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="181" />
      <source>Data portability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="182" />
      <source>Data processed on a large scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="184" />
      <source>Data-protection training completed by staff; refreshers expire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="185" />
      <source>Date and time of the event.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="187" />
      <source>Days, weeks, months or years.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="188" />
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="189" />
      <source>Deadlines and dates are shown in this time zone, e.g. Europe/Bucharest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="190" />
      <source>Deadlines skip this country's public holidays. Until you set it, they skip weekends only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="191" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="192" />
      <source>Decisions made solely by a computer with legal or similarly significant effects.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="193" />
      <source>Deleted on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="194" />
      <source>Deletes or returns all data at the end, as we choose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="195" />
      <source>Derogation: compelling legitimate interests (not repetitive, few people)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="196" />
      <source>Derogation: contract in the person's interest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="197" />
      <source>Derogation: explicit consent to the transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="198" />
      <source>Derogation: important public interest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="199" />
      <source>Derogation: legal claims</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="200" />
      <source>Derogation: necessary for a contract with the person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="201" />
      <source>Derogation: public register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="202" />
      <source>Derogation: vital interests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="203" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="204" />
      <source>Description of the processing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="205" />
      <source>Directly: e.g. a full name with an address, an ID number or a photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="206" />
      <source>Discovered at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="207" />
      <source>Do not proceed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="208" />
      <source>Document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="209" />
      <source>Done as asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="210" />
      <source>Done on purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="211" />
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="212" />
      <source>Driving licence data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="213" />
      <source>Due on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="214" />
      <source>EU representative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="215" />
      <source>Each WP248 criterion, met or not, with a note.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="216" />
      <source>Each notice of a new or replaced sub-processor, with your decision.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="217" />
      <source>Each purpose with its lawful basis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="218" />
      <source>Each risk to people, before and after the measures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="219" />
      <source>Each transfer to a country outside the EEA or an international organisation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="220" />
      <source>Education, CVs and training certificates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="221" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="222" />
      <source>Emailing the newsletter and offers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="223" />
      <source>Employees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="225" />
      <source>Employment records (contract, pay, appraisals)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="226" />
      <source>Employment, social security and social protection law</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="227" />
      <source>Encryption (devices, backups, connections)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="228" />
      <source>End of employment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="229" />
      <source>End of the contract</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="230" />
      <source>End of the processing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="231" />
      <source>Ended on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="232" />
      <source>Erasure ('right to be forgotten')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="233" />
      <source>Evaluating people's behaviour or traits automatically.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="234" />
      <source>Evaluation or scoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="235" />
      <source>Everyone who handles personal data for you, so that their training can be followed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="236" />
      <source>Evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="238" />
      <source>Exemption relied on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="239" />
      <source>Expires on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="240" />
      <source>Explicit consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="241" />
      <source>Exposed, with no sign that anyone saw or used it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="242" />
      <source>Extended by two months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="243" />
      <source>External recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="244" />
      <source>Fairly easily: e.g. a name with a town, or an account number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="296" />
      <source>How long, as a number, e.g. 6 (with the unit: years).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="297" />
      <source>How many people, as a rule, constantly handle personal data by computer. Some countries make a DPO compulsory above a number (Germany: 20, § 38 BDSG).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="333" />
      <source>Job applications, CVs and interviews; a talent pool</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="398" />
      <source>Newsletter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="406" />
      <source>Non-essential cookies, e.g. visitor statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="420" />
      <source>Number of employees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="425" />
      <source>One month from receipt (three if extended), moved past weekends and the public holidays of the country you set (Organisation → Dates and deadlines); with none set, weekends only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="437" />
      <source>Ordering from and paying suppliers; their contact persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="438" />
      <source>Orders, delivery, invoices, payments and reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="458" />
      <source>Paying salaries, tax and social-security contributions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="460" />
      <source>Payroll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="472" />
      <source>Personnel files: contracts, working time, absences, training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="524" />
      <source>Recruitment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="618" />
      <source>Staff records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="627" />
      <source>Suppliers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="638" />
      <source>The authority may take 6 more weeks for complex cases; it must tell you so, with its reasons, within one month of receiving your request.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="719" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="741" />
      <source>Website contact form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="742" />
      <source>Website cookies and analytics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="829" />
      <source>With one criterion met, record why no DPIA is needed. With two or more, a DPIA is expected; only in a case like WP248's own examples (e.g. a single doctor's patient files, Recital 91) write here why the risk is not high. It cannot lift a DPIA that Art. 35(3) requires.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="830" />
      <source>With some effort: e.g. a common first name, no other detail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="831" />
      <source>With the Art. 34(3)(c) exemption: when the public communication was made. It replaces the individual letters; it does not remove the duty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="832" />
      <source>Withdrawal of consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="859" />
      <source>e.g. biometrics, AI, connected devices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="860" />
      <source>from different sources, beyond what people expect.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="861" />
      <source>months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="862" />
      <source>moved past {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="863" />
      <source>weekends and public holidays of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="864" />
      <source>weekends and public holidays of {0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="865" />
      <source>weekends only — set your country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="866" />
      <source>weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="867" />
      <source>years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="245" />
      <source>File name, link or folder of the policy text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="1" />
      <source>+ 0</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2" />
      <source>+ 0.25</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="3" />
      <source>+ 0.5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="9" />
      <source>8 weeks after sending (14 if extended), moved past weekends and the public holidays of the country you set (Organisation → Dates and deadlines).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="13" />
      <source>A law requires you to do it (tax, labour, accounting law…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="21" />
      <source>A task in the public interest or official authority given to you by law.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="39" />
      <source>Advice and views</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="65" />
      <source>Assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="66" />
      <source>Atlas checks it once the activity is retired with the date it ended.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="67" />
      <source>Atlas checks the consent records of this activity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="68" />
      <source>Atlas checks the rights requests of this activity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="96" />
      <source>Categories of data subjects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="98" />
      <source>Categories of personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="101" />
      <source>Categories of recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="103" />
      <source>Cause family (EDPB Guidelines 01/2021)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="126" />
      <source>Condition for special-category data (Art. 9(2))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="132" />
      <source>Consent records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="144" />
      <source>Contract (DPA)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="149" />
      <source>Controllers established in Greece notify through the authority's portal (taxisnet login).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="169" />
      <source>DPIA screening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="170" />
      <source>DPIA screening criteria (EDPB WP248 rev.01)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="183" />
      <source>Data protection contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="186" />
      <source>Dates and deadlines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="224" />
      <source>Employees, children, patients, the elderly…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="237" />
      <source>Exemption from telling the people affected (Art. 34(3))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="246" />
      <source>Final report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="247" />
      <source>Finance and accounting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="248" />
      <source>Financial data: income, transactions, bank or card details, ID documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="249" />
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="250" />
      <source>Follows the sub-processor rules (authorisation, notice, same obligations)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="251" />
      <source>For a client (Art. 33(2))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="252" />
      <source>For a joint controller: the others' names and contact details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="253" />
      <source>For a processing that has ended: when this data was deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="254" />
      <source>For a processor: each client you process for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="255" />
      <source>For a retired activity: when the processing stopped. Retention counted from the end of the processing starts here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="256" />
      <source>For a while: restored only after days or with real effort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="257" />
      <source>For attacks (ransomware, hacking): whether data left your systems.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="258" />
      <source>For complex or numerous requests; tell the person within the first month, with reasons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="259" />
      <source>For good: some of it cannot be recovered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="260" />
      <source>Form ID, log line or email kept as proof.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="261" />
      <source>Former staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="262" />
      <source>Found in an audit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="263" />
      <source>From the data alone, or with data the recipient can easily find. Not answered counts as “directly”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="264" />
      <source>Full name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="265" />
      <source>General</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="266" />
      <source>Genetic data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="267" />
      <source>Given at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="268" />
      <source>Given by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="269" />
      <source>Given for an online service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="270" />
      <source>Given or authorised by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="271" />
      <source>Gives us information and allows audits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="272" />
      <source>HR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="273" />
      <source>Handles special-category data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="274" />
      <source>Happened from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="275" />
      <source>Happened until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="276" />
      <source>Hardly: it would take a great deal of effort to know who they are</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="277" />
      <source>Head count. Under 250, the record of processing may be optional (Art. 30(5)); Atlas tells you whether it is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="278" />
      <source>Health data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="279" />
      <source>Health, biometric or other Art. 9 data, or criminal data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="280" />
      <source>Helps us answer data-subject requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="281" />
      <source>Helps us with security, breaches, DPIAs and consultation (Art. 32–36)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="282" />
      <source>High</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="283" />
      <source>High means the authority must be consulted before processing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="284" />
      <source>High risk: notify the authority and the people affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="285" />
      <source>High: significant consequences, overcome with serious difficulty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="286" />
      <source>Highest risk after measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="287" />
      <source>Hours to tell the client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="288" />
      <source>How</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="289" />
      <source>How consent was given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="290" />
      <source>How consent was given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="291" />
      <source>How easily people can be identified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="292" />
      <source>How it was checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="293" />
      <source>How it was discovered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="294" />
      <source>How long before a refresher is due; 12 is common.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="295" />
      <source>How long each category of data is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="298" />
      <source>How people were told</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="299" />
      <source>How they were told</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="300" />
      <source>How to reach that person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="301" />
      <source>How to reach the DPO.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="302" />
      <source>How to reply to them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="303" />
      <source>ID card or passport numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="304" />
      <source>IT support</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="305" />
      <source>Identification data (name, date of birth)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="306" />
      <source>Identity verified on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="307" />
      <source>If they process outside the EEA: what makes it lawful.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="308" />
      <source>If you process the data for a client, the client (the controller) notifies the authority; you must tell the client without undue delay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="309" />
      <source>If you rely on legitimate interests: what the interest is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="310" />
      <source>Impact on people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="311" />
      <source>In Germany the data protection authority of the federal state (Land) where your organisation is established is competent. The Federal Commissioner (BfDI) is competent only for federal public bodies and for telecommunications and postal service providers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="312" />
      <source>In person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="313" />
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="314" />
      <source>In the app</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="315" />
      <source>In this case, the data reveals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="316" />
      <source>In words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="317" />
      <source>Individual notice is disproportionate: a public communication is used instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="318" />
      <source>Information may be given in phases.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="319" />
      <source>Information shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="320" />
      <source>Initial report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="321" />
      <source>Initial, follow-up or final.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="322" />
      <source>Innovative use or new technology</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="323" />
      <source>Instead of telling them, if one of the three exemptions applies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="324" />
      <source>Insurance data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="325" />
      <source>Insurers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="326" />
      <source>Integrity: altered without authorisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="327" />
      <source>Internal human error or misuse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="328" />
      <source>Internal recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="329" />
      <source>Its breach-notification address or portal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="330" />
      <source>Its staff are bound to confidentiality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="331" />
      <source>Its written advice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="332" />
      <source>Job applicants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="334" />
      <source>Job title or role, e.g. Dispatcher.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="335" />
      <source>Joint controller: we decide together with others</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="336" />
      <source>Joint controllers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="337" />
      <source>Keep ended contracts for the record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="338" />
      <source>Kept for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="339" />
      <source>Kind of data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="340" />
      <source>Kind of data (ENISA: data processing context)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="341" />
      <source>Labour inspectorate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="342" />
      <source>Last contact with the person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="343" />
      <source>Last review (or approval) plus the review cycle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="344" />
      <source>Last review (or sign-off) plus 12 months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="345" />
      <source>Last review plus the interval.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="346" />
      <source>Last reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="347" />
      <source>Last reviewed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="348" />
      <source>Last reviewed plus the review interval.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="349" />
      <source>Last security review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="350" />
      <source>Later measures mean the high risk is no longer likely</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="351" />
      <source>Lawful basis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="352" />
      <source>Lawful basis (Art. 6(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="353" />
      <source>Left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="354" />
      <source>Legal authority for it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="355" />
      <source>Legal claims or courts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="356" />
      <source>Legal obligation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="357" />
      <source>Legitimate interest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="358" />
      <source>Legitimate interests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="359" />
      <source>Less than usual: e.g. it was already public, or too little to learn anything</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="360" />
      <source>Letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="361" />
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="362" />
      <source>Level after measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="363" />
      <source>Likelihood (1–4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="364" />
      <source>Likelihood after measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="365" />
      <source>Likelihood × severity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="366" />
      <source>Likely consequences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="367" />
      <source>Links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="368" />
      <source>Location data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="369" />
      <source>Locations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="370" />
      <source>Locked premises and cabinets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="371" />
      <source>Lost or stolen device or paper documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="372" />
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="373" />
      <source>Low: at most a few inconveniences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="374" />
      <source>Lowers the kind of data by one step.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="375" />
      <source>Made manifestly public by the person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="376" />
      <source>Management</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="377" />
      <source>Many people, much data, a long time or a wide area: e.g. a hospital's patients, a city's travellers (WP243 § 2.1.3). A single doctor or lawyer is not large scale (Recital 91).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="378" />
      <source>Matching or combining datasets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="379" />
      <source>Measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="380" />
      <source>Measures taken or proposed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="381" />
      <source>Mechanism</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="382" />
      <source>Medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="383" />
      <source>Medium: significant inconveniences, overcome with some difficulty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="384" />
      <source>Members of a not-for-profit body</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="385" />
      <source>Met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="386" />
      <source>Mispostal (sent to the wrong person)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="387" />
      <source>Monitors a publicly accessible area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="388" />
      <source>More than usual: e.g. a list of patients' names, or signs of money trouble</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="389" />
      <source>Must be within the first month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="390" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="391" />
      <source>Name of the Data Protection Officer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="392" />
      <source>Name of the course or session.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="393" />
      <source>Necessity and proportionality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="394" />
      <source>Needed to perform a contract with the person, or to prepare one at their request.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="395" />
      <source>Needed to protect someone's life.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="396" />
      <source>Needed when availability was affected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="397" />
      <source>Needed when integrity was affected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="399" />
      <source>Newsletter subscribers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="400" />
      <source>Next review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="401" />
      <source>Next review due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="402" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="403" />
      <source>No DPIA needed: no criterion met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="404" />
      <source>No DPIA: two or more criteria met, but the reason a DPIA is not needed is recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="405" />
      <source>No: nobody outside could see it (e.g. ransomware, exfiltration ruled out)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="407" />
      <source>Not decided yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="408" />
      <source>Not reviewed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="409" />
      <source>Not to be subject to an automated decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="410" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="411" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="412" />
      <source>Notice received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="413" />
      <source>Notifications are made electronically through biznes.gov.pl or ePUAP, or by post.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="414" />
      <source>Notifications go through the authority's electronic form and portal; emailed forms are not processed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="415" />
      <source>Notified at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="416" />
      <source>Notify the authority?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="417" />
      <source>Notify through Altinn; you need the Altinn role to submit for your organisation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="418" />
      <source>Notify through Virk.dk; without a Danish business login, by email to dt@datatilsynet.dk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="419" />
      <source>Notifying the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="421" />
      <source>Object by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="422" />
      <source>Objected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="423" />
      <source>Objection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="424" />
      <source>On a large scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="426" />
      <source>One of the nine WP248 criteria.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="427" />
      <source>One or more Art. 6(1) bases for this purpose.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="428" />
      <source>Online identifiers (IP address, cookies, account IDs)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="429" />
      <source>Only approved policies apply.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="430" />
      <source>Only if you are outside the EU but serve people in it: your representative in the EU.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="431" />
      <source>Only if you disagree with the assessed risk: choose your level and write why below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="432" />
      <source>Only occasional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="433" />
      <source>Only with suitable safeguards documented and the authority informed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="434" />
      <source>Open while you investigate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="435" />
      <source>Open: investigating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="436" />
      <source>Optional region code for regional holidays (e.g. BY for Bavaria).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="439" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="440" />
      <source>Organisation name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="441" />
      <source>Organisations outside you that receive it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="442" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="443" />
      <source>Other processing affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="444" />
      <source>Our decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="445" />
      <source>Our main business handles sensitive data on a large scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="446" />
      <source>Our main business monitors people on a large scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="447" />
      <source>Our processors (service providers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="448" />
      <source>Our reference with the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="449" />
      <source>Our role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="450" />
      <source>Ours: we decide why and how the data is used (controller)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="451" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="452" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="453" />
      <source>Part of what the office exists to do, not a support function such as payroll or IT (WP243 § 2.1.2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="454" />
      <source>Partly done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="455" />
      <source>Password policy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="456" />
      <source>Passwords and sign-in details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="457" />
      <source>Patients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="459" />
      <source>Payment card data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="461" />
      <source>People affected (approx.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="462" />
      <source>People and data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="463" />
      <source>People concerned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="464" />
      <source>People depend on our service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="465" />
      <source>People involved, so their training can be shown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="466" />
      <source>People told at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="467" />
      <source>People who work with personal data on computers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="468" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="469" />
      <source>Person responsible for data protection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="470" />
      <source>Person told of the extension on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="471" />
      <source>Personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="473" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="474" />
      <source>Photos and video (including CCTV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="475" />
      <source>Planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="476" />
      <source>Policies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="477" />
      <source>Policies (Art. 24(2))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="478" />
      <source>Policy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="479" />
      <source>Political opinions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="480" />
      <source>Preventive or occupational medicine, health or social care</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="481" />
      <source>Prevents people from exercising a right or using a service or contract</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="482" />
      <source>Prior consultation (Art. 36)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="483" />
      <source>Proceed once the listed measures are in place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="484" />
      <source>Proceed: risks acceptable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="485" />
      <source>Processing activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="486" />
      <source>Processing activities (Art. 30(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="487" />
      <source>Processing activities whose data was involved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="488" />
      <source>Processing activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="489" />
      <source>Processing carried out for them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="490" />
      <source>Processing that is not in your register yet: add it to the register too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="491" />
      <source>Processor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="492" />
      <source>Processor contract clauses (Art. 28(3))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="493" />
      <source>Processor: we act for a client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="494" />
      <source>Processors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="495" />
      <source>Processors (Art. 28)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="496" />
      <source>Processors used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="497" />
      <source>Profiling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="498" />
      <source>Profiling or predicting, e.g. credit scoring, behaviour analysis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="499" />
      <source>Proof that someone consented: who, to what, when, how, and what they were told.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="500" />
      <source>Prospects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="501" />
      <source>Pseudonymisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="502" />
      <source>Public communication</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="503" />
      <source>Public communication made at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="504" />
      <source>Public health</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="505" />
      <source>Public holidays of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="506" />
      <source>Public task</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="507" />
      <source>Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="508" />
      <source>Purposes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="509" />
      <source>Purposes and lawful basis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="510" />
      <source>Purposes relying on consent (Art. 6(1)(a), 7(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="511" />
      <source>Question from the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="512" />
      <source>Racial or ethnic origin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="513" />
      <source>Raises the kind of data by one step.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="514" />
      <source>Ransomware</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="515" />
      <source>Reason for refusing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="516" />
      <source>Reason for the extension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="517" />
      <source>Reasoning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="518" />
      <source>Reasons for the delay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="519" />
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="520" />
      <source>Received on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="521" />
      <source>Recipient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="522" />
      <source>Recipients and processors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="523" />
      <source>Records affected (approx.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="525" />
      <source>Refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="526" />
      <source>Refused: an exemption applies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="527" />
      <source>Refused: identity could not be verified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="528" />
      <source>Refused: manifestly unfounded or excessive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="529" />
      <source>Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="530" />
      <source>Registered postal address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="531" />
      <source>Regular and systematic monitoring as a core activity: e.g. tracking apps, behavioural advertising, a security company's CCTV. Atlas also infers it from your activities (WP243).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="532" />
      <source>Regular testing of the measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="533" />
      <source>Religious or philosophical beliefs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="534" />
      <source>Report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="535" />
      <source>Reported by a customer or the person affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="536" />
      <source>Reported by our processor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="537" />
      <source>Reported by staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="538" />
      <source>Reports sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="539" />
      <source>Representative (Art. 27)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="540" />
      <source>Representative's contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="541" />
      <source>Request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="542" />
      <source>Requester</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="543" />
      <source>Required when notifying after 72 hours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="544" />
      <source>Required when refusing: tell them why and that they can complain.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="545" />
      <source>Required when you choose your own level; it is kept in the record and the audit trail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="546" />
      <source>Response</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="547" />
      <source>Restriction of processing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="548" />
      <source>Retention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="549" />
      <source>Retired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="550" />
      <source>Retired activities stay in the history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="551" />
      <source>Retired or removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="552" />
      <source>Retired: the processing assessed has stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="553" />
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="554" />
      <source>Review every (months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="555" />
      <source>Right exercised (Art. 15–22)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="556" />
      <source>Right not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="557" />
      <source>Rights and automated decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="558" />
      <source>Rights available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="559" />
      <source>Rights request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="560" />
      <source>Rights requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="561" />
      <source>Risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="562" />
      <source>Risk assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="563" />
      <source>Risk level (likelihood × severity)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="564" />
      <source>Risk to people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="565" />
      <source>Risk to people (Art. 33/34)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="566" />
      <source>Risk: notify the authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="567" />
      <source>Risks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="568" />
      <source>Risks and measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="569" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="570" />
      <source>Ruled out, e.g. by logs or a forensic analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="571" />
      <source>Safeguard document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="572" />
      <source>Same obligations passed down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="573" />
      <source>Scores 1 on the ENISA scale.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="574" />
      <source>Scores 2 on the ENISA scale.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="575" />
      <source>Scores 3 on the ENISA scale.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="576" />
      <source>Scores 4 on the ENISA scale.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="577" />
      <source>Screening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="578" />
      <source>Screening (WP248)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="579" />
      <source>Screening result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="580" />
      <source>Screening result (WP248)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="581" />
      <source>Secure disposal of paper and devices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="582" />
      <source>Security alert or monitoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="583" />
      <source>Security and systems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="584" />
      <source>Security measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="585" />
      <source>Security measures (Art. 32)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="586" />
      <source>Security, in words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="587" />
      <source>Seen by a known, small number of recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="588" />
      <source>Seen or taken by unknown people, or published</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="589" />
      <source>Send the Garante's notification model by certified email (PEC) with the subject “NOTIFICA VIOLAZIONE DATI PERSONALI”, signed digitally or by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="590" />
      <source>Sensitive data: health, other special categories (Art. 9) or criminal data (Art. 10)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="591" />
      <source>Sensitive or highly personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="592" />
      <source>Sent at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="593" />
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="594" />
      <source>Service providers that process it for you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="595" />
      <source>Severity (1–4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="596" />
      <source>Severity (ENISA)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="597" />
      <source>Severity after measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="598" />
      <source>Sex life or sexual orientation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="599" />
      <source>Signed off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="600" />
      <source>Signed off by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="601" />
      <source>Signed off on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="602" />
      <source>Signed paper form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="603" />
      <source>Simple data: names, contact details, education, family, work history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="604" />
      <source>Social engineering (phishing, impersonation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="605" />
      <source>Social security and pension bodies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="606" />
      <source>Software and services where the data lives, e.g. Payroll app.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="607" />
      <source>Software kept up to date; malware protection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="608" />
      <source>Something you do with personal data for one purpose, e.g. payroll or the newsletter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="609" />
      <source>Source of the data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="610" />
      <source>Special categories of data (Art. 9(1))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="611" />
      <source>Special categories, criminal data, financial or location data, private messages.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="612" />
      <source>Special-category data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="613" />
      <source>Special-category data involved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="614" />
      <source>Special-category or criminal data as a core activity: e.g. a clinic, a background-check agency. Atlas also infers it from your activities (WP243).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="615" />
      <source>Staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="616" />
      <source>Staff confidentiality agreements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="617" />
      <source>Staff involved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="619" />
      <source>Staff training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="620" />
      <source>Standard contractual clauses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="621" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="622" />
      <source>Sub-processor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="623" />
      <source>Sub-processors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="624" />
      <source>Substantial public interest, under law</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="625" />
      <source>Supervisory authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="626" />
      <source>Supplier and partner contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="628" />
      <source>Systematic monitoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="629" />
      <source>Systems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="630" />
      <source>Takes the Art. 32 security measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="631" />
      <source>Tax authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="632" />
      <source>Teams inside the office who see it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="633" />
      <source>Tell the client by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="634" />
      <source>Telling the people affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="635" />
      <source>The Commission decided the country protects data adequately.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="636" />
      <source>The ICO's helpline (Monday to Friday, 9am to 5pm) records the breach by phone; outside those hours, report online.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="637" />
      <source>The activity stops: it stays in the history as Retired and leaves the Art. 30 record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="639" />
      <source>The case number you were given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="640" />
      <source>The categories of processing you do for this client.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="641" />
      <source>The client whose data it was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="642" />
      <source>The client you process for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="643" />
      <source>The company's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="644" />
      <source>The contract has ended: the processor is kept as Contract ended.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="645" />
      <source>The data protection authority of the German federal state (Land) you are established in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="646" />
      <source>The data protection authority you report to, e.g. ANSPDCP in Romania.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="647" />
      <source>The data were unintelligible to others (e.g. encrypted, key safe)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="648" />
      <source>The day it arrived. The month starts here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="649" />
      <source>The day it was completed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="650" />
      <source>The day management accepted the outcome.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="651" />
      <source>The decision the assessment leads to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="652" />
      <source>The event the period starts from. Choose one of the list so Atlas can check it, or write your own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="653" />
      <source>The family of incident.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="654" />
      <source>The last day to object, from the contract.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="655" />
      <source>The law that allows it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="656" />
      <source>The logic involved and the safeguards (human review, contesting).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="657" />
      <source>The manager who accepts the outcome.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="658" />
      <source>The measures that protect this data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="659" />
      <source>The most revealing kind of data involved. Left empty, Atlas works it out from “Data involved” and “Special-category data involved”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="660" />
      <source>The name of the DPO or person responsible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="661" />
      <source>The nature of the breach, in plain words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="662" />
      <source>The new information given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="663" />
      <source>The notification must be in Bulgarian.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="664" />
      <source>The operations, the purposes and any legitimate interest, systematically.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="665" />
      <source>The part of the office that runs it, e.g. HR, Finance, Sales.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="666" />
      <source>The person agreed to this specific use.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="667" />
      <source>The person is a child</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="668" />
      <source>The person's age when they consented, if you know it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="669" />
      <source>The policy no longer applies: it is kept as Retired.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="670" />
      <source>The processing activity assessed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="671" />
      <source>The processing activity relying on this consent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="672" />
      <source>The processing assessed has stopped: the DPIA is kept as Retired (Art. 35(11)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="673" />
      <source>The processing the request is about.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="674" />
      <source>The processor confirmed the sub-processor signed the same data-protection terms.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="675" />
      <source>The reasonable effort made to verify it, e.g. a confirmation email to the parent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="676" />
      <source>The residual risk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="677" />
      <source>The rights people can exercise for this processing (they depend on the basis).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="678" />
      <source>The third country the data goes to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="679" />
      <source>The time your contract with the client sets. The GDPR says “without undue delay” and the client's own 72 hours may already be running, so Atlas counts 24 hours when this is empty (a conservative reading of EDPB Guidelines 9/2022).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="680" />
      <source>The version of the privacy notice or consent text they saw.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="681" />
      <source>Their age</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="682" />
      <source>Their contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="683" />
      <source>Their contact details (and their representative or DPO).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="684" />
      <source>Their contact for data protection.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="685" />
      <source>They weigh heavily in the risk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="686" />
      <source>Tick any sensitive data involved; each needs an Art. 9(2) condition.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="687" />
      <source>Tick box on a web form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="688" />
      <source>Tick each WP248 criterion that applies. Two or more: a DPIA is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="689" />
      <source>Tick each clause the agreement contains; all eight are required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="690" />
      <source>Tick if a recent backup let you restore the data quickly, with nothing lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="691" />
      <source>Tick if consent was given to use an online service offered directly to the person (an app, a website account, an online shop or newsletter): the rules for children's consent apply.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="692" />
      <source>Tick if even a short loss of the data harms people, e.g. a clinic's patient files or a care service's schedules.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="693" />
      <source>Tick if it came through computers or networks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="694" />
      <source>Tick if it happens only now and then (e.g. a one-off event), not as part of the routine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="695" />
      <source>Tick if someone caused it deliberately: an attack, a theft, an insider taking data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="696" />
      <source>Tick if the only people who got the data are trusted (e.g. bound to confidentiality) and confirmed in writing that they deleted it without using it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="697" />
      <source>Tick if they handle health, biometric or other Art. 9 data: their training is then checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="698" />
      <source>Tick if they were under 18 when they consented and you do not know their exact age.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="699" />
      <source>Tick if you process criminal convictions or offences (e.g. criminal record checks).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="700" />
      <source>Tick only if the data was encrypted with a state-of-the-art method and the key stayed safe, or passwords were stored with a strong salted hash.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="701" />
      <source>Tick only if you appointed a DPO; most small offices need not.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="702" />
      <source>Time zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="703" />
      <source>Timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="704" />
      <source>Timestamped events, from discovery to closure.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="705" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="706" />
      <source>Told by a third party, the media or the police</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="707" />
      <source>Trade-union membership</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="708" />
      <source>Trainer or provider.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="709" />
      <source>Training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="710" />
      <source>Training records of this person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="711" />
      <source>Transfer mechanism</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="712" />
      <source>Transfer mechanism (Chapter V)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="713" />
      <source>Transfers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="714" />
      <source>Transfers outside the EEA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="715" />
      <source>Trusted recipient confirmed deletion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="716" />
      <source>Two or more criteria: DPIA required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="717" />
      <source>Two-factor sign-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="718" />
      <source>Under the Swiss FADP (Art. 24) a breach is reported only when it is likely to result in a high risk, as soon as possible; the GDPR's 72 hours apply where the GDPR applies to you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="720" />
      <source>Unlikely to result in a risk: document only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="721" />
      <source>Unreadable to whoever got it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="722" />
      <source>Updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="723" />
      <source>Usage and behaviour data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="724" />
      <source>Valid for (months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="725" />
      <source>Verifying identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="726" />
      <source>Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="727" />
      <source>Very high: significant or even irreversible consequences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="728" />
      <source>Views of the people concerned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="729" />
      <source>Visitors to the premises</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="730" />
      <source>Vital interests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="731" />
      <source>Vital interests of someone unable to consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="732" />
      <source>Vulnerable adults</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="733" />
      <source>WP248 rev.01 names such cases, e.g. a single doctor's patient files (Recital 91).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="734" />
      <source>Was data copied out (exfiltrated)?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="735" />
      <source>Was data copied out?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="736" />
      <source>Was the data changed?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="737" />
      <source>Was the data lost or out of reach?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="738" />
      <source>We are a public authority or body</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="739" />
      <source>We have a Data Protection Officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="740" />
      <source>We hold no data on them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="743" />
      <source>Website visitors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="744" />
      <source>What allows you to process the special-category data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="745" />
      <source>What could go wrong, e.g. Unauthorised access to chats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="746" />
      <source>What could happen to the people affected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="747" />
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="748" />
      <source>What happens, in a few sentences.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="749" />
      <source>What it does.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="750" />
      <source>What it said</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="751" />
      <source>What it would mean for the people concerned.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="752" />
      <source>What limits the harm and stops it happening again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="753" />
      <source>What makes the request complex.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="754" />
      <source>What makes the transfer lawful.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="755" />
      <source>What reduces the risk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="756" />
      <source>What such data usually reveals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="757" />
      <source>What the answers above lead to, with the EDPB's factors applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="758" />
      <source>What the law asks of you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="759" />
      <source>What they advised, and whether it was followed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="760" />
      <source>What they agreed to, e.g. Monthly newsletter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="761" />
      <source>What they do for you, e.g. Payroll.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="762" />
      <source>What was affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="763" />
      <source>What was done to stop it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="764" />
      <source>What was said, or why the exemption applies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="765" />
      <source>What you asked them or their representatives, and what they said.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="766" />
      <source>What you did.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="767" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="768" />
      <source>When it ended, if known.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="769" />
      <source>When it was approved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="770" />
      <source>When it was last re-checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="771" />
      <source>When it was last reviewed (leave empty if not since approval).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="772" />
      <source>When someone first noticed it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="773" />
      <source>When the authority answered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="774" />
      <source>When the breach started (best estimate).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="775" />
      <source>When the data processing agreement was signed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="776" />
      <source>When the people affected were told (required for a high risk).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="777" />
      <source>When the processor told you of the change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="778" />
      <source>When they consented.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="779" />
      <source>When they withdrew, if they did.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="780" />
      <source>When this entry was last checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="781" />
      <source>When this report was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="782" />
      <source>When you confirmed who they are (ask only for what you need).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="783" />
      <source>When you last checked their guarantees (certificates, questionnaire).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="784" />
      <source>When you notified the authority.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="785" />
      <source>When you replied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="786" />
      <source>When you sent the DPIA to the authority.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="787" />
      <source>When you told the client.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="788" />
      <source>When you were reasonably certain personal data was affected. The 72 hours start here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="789" />
      <source>Where it processes the data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="790" />
      <source>Where it was published</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="791" />
      <source>Where the assessment stands.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="792" />
      <source>Where the clauses are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="793" />
      <source>Where the clauses or safeguards are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="794" />
      <source>Where the data comes from, if not from the people themselves.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="795" />
      <source>Where the data is, e.g. Office server, EU cloud.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="796" />
      <source>Where the request stands.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="797" />
      <source>Where the signed agreement is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="798" />
      <source>Where they process the data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="799" />
      <source>Where you are established.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="800" />
      <source>Where your legitimate-interests assessment is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="801" />
      <source>Whether the circumstances make the data reveal more or less than such data usually does.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="802" />
      <source>Whether the processing meets it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="803" />
      <source>Whether you accepted or objected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="804" />
      <source>Whether you decide the purpose (controller), decide it with others (joint controller) or act for a client (processor).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="805" />
      <source>Which data, e.g. Payroll records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="806" />
      <source>Which right they exercise.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="807" />
      <source>Which sub-processor is added or replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="808" />
      <source>Who asked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="809" />
      <source>Who could see or take the data. Needed when confidentiality was affected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="810" />
      <source>Who gave consent (name, email or customer number).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="811" />
      <source>Who in management approved it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="812" />
      <source>Who in the office answers for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="813" />
      <source>Who keeps it up to date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="814" />
      <source>Who or what noticed it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="815" />
      <source>Who receives the data there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="816" />
      <source>Who the authority can ask for more information.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="817" />
      <source>Who the processor engages in turn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="818" />
      <source>Who the processor engages.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="819" />
      <source>Who to tell at the client, e.g. their DPO's email.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="820" />
      <source>Who was trained.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="821" />
      <source>Who you are: the record of processing starts with the controller's name and contact details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="822" />
      <source>Whose data it was</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="823" />
      <source>Why no DPIA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="824" />
      <source>Why the processing is needed and no more data than necessary is used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="825" />
      <source>Why this level, in your words. Required when you do not notify the authority.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="826" />
      <source>Why you disagree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="827" />
      <source>Why you process the data, e.g. Paying salaries.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="828" />
      <source>Why, in a sentence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="833" />
      <source>Withdrawn at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="834" />
      <source>Withdrawn by the person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="835" />
      <source>Withdrawn consents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="836" />
      <source>Without a DPO: who answers for data protection (often the manager).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="837" />
      <source>Work email.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="838" />
      <source>Worked out from the answers above: kind of data × identification + circumstances.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="839" />
      <source>Worked out from the criteria ticked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="840" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="841" />
      <source>Yes unless the breach is unlikely to result in a risk to people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="842" />
      <source>Yes: copied out, offered for sale or published</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="843" />
      <source>You no longer rely on consent for this purpose: the consent records are kept as proof (Art. 7(1)), and the purpose is not reviewed again unless new consent is collected for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="844" />
      <source>Your data-protection policies, approved by management and reviewed at least once a year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="845" />
      <source>Your or a third party's legitimate interest, weighed against the person's rights in a balancing test (LIA).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="846" />
      <source>Your organisation's legal name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="847" />
      <source>Your own assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="848" />
      <source>Your own assessment if you gave one, else the assessed risk. It decides who must be told.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="849" />
      <source>days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="850" />
      <source>e.g. 2.1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="851" />
      <source>e.g. A notice on our website's home page and in the local newspaper.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="852" />
      <source>e.g. CCTV of a street, a shop floor or a car park.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="853" />
      <source>e.g. CCTV, tracking employees' devices or locations.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="854" />
      <source>e.g. Chat moderation DPIA.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="855" />
      <source>e.g. Customers, Employees, Children.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="856" />
      <source>e.g. Data protection policy, Retention policy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="857" />
      <source>e.g. Email, Letter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="858" />
      <source>e.g. Laptop reported missing; passwords reset.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="868" />
      <source>× 0.25</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="869" />
      <source>× 0.5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="870" />
      <source>× 0.75</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="871" />
      <source>× 1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>spreadsheets</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="2106" />
      <source> [… cut here: a cell holds at most {limit} characters; the register keeps the full text]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2107" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2108" />
      <source>All personal data of this activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2109" />
      <source>Art 30 record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2110" />
      <source>Art 30(2) processor record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2111" />
      <source>Art. 30 record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2112" />
      <source>Article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2113" />
      <source>Article 6 lawful basis for processing personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2114" />
      <source>Article 9 basis for processing special category data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2115" />
      <source>Audit trail entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2116" />
      <source>Audit-chain head</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2117" />
      <source>Business function</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2118" />
      <source>Cancelled; nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2119" />
      <source>Cannot read {path}: {error}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2120" />
      <source>Cannot write {path}: permission denied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2121" />
      <source>Cannot write {path}: the folder {folder} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2122" />
      <source>Categories of individuals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2123" />
      <source>Categories of personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2124" />
      <source>Categories of processing carried out for them (Art. 30(2)(b))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2125" />
      <source>Categories of recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2126" />
      <source>Contents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2127" />
      <source>Controller (Art. 30(1)(a))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2128" />
      <source>Controller we act for (Art. 30(2)(a))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2129" />
      <source>Controller's contact, representative or DPO (Art. 30(2)(a))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2130" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2131" />
      <source>Cover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2132" />
      <source>Criminal-offence data (Art. 10) and the legal authority for it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2133" />
      <source>DPA: {reference}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2134" />
      <source>Dark red: required by Art. 30(1) (marked *). Grey: worked out by Atlas, not imported. Hover over a heading for what to enter and the article that asks for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2135" />
      <source>Data Protection Impact Assessment progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2136" />
      <source>Data Protection Impact Assessment required?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2137" />
      <source>Data protection officer (Art. 37)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2138" />
      <source>Dates and times</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2139" />
      <source>Deadlines are {calendar} (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2140" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2141" />
      <source>Due ({zone} time)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2142" />
      <source>Due dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2143" />
      <source>Due soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2144" />
      <source>Each cell: when the person's latest training in that course expires. Red: expired; amber: within {days} days; green: valid (Art. 32(4), 39(1)(b)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2145" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2146" />
      <source>Every time in this workbook is the wall-clock time in {zone}: spreadsheets store no time zone. A time the clocks repeat (when they go back) is written as text with its UTC offset.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2147" />
      <source>Existence of automated decision-making, including profiling (if applicable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2148" />
      <source>Exported by Atlas Desktop {version} on {when}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2149" />
      <source>External: {recipients}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2150" />
      <source>Findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2151" />
      <source>Gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2152" />
      <source>General description of technical and organisational security measures (if possible)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2153" />
      <source>Generated at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2154" />
      <source>Handles special-category data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2155" />
      <source>Headings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2156" />
      <source>If not, the reasons why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2157" />
      <source>Imported: {added} added, {changed} changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2158" />
      <source>Imported: {added} added, {changed} changed; {skipped}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2159" />
      <source>Internal: {recipients}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2160" />
      <source>Is personal data retained and erased in accordance with the policy document?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2161" />
      <source>Keep the (#number) of the record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2162" />
      <source>Legitimate interests for the processing (if applicable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2163" />
      <source>Link to contract with processor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2164" />
      <source>Link to record of consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2165" />
      <source>Link to record of legitimate interests assessment (if applicable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2166" />
      <source>Link to record of personal data breach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2167" />
      <source>Link to retention and erasure policy document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2168" />
      <source>Link to the Data Protection Impact Assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2169" />
      <source>Lists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2170" />
      <source>Location of personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2171" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2172" />
      <source>Name and contact details of joint controller (if applicable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2173" />
      <source>Names of third countries or international organisations that personal data are transferred to (if applicable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2174" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2175" />
      <source>No DPO appointed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2176" />
      <source>No activity is recorded where the office acts as a processor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2177" />
      <source>No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2178" />
      <source>No. (always 1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2179" />
      <source>No. {number} is also on row {row}; a record can be on one row only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2180" />
      <source>None appointed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2181" />
      <source>Not encrypted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2182" />
      <source>Not one of the choices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2183" />
      <source>Nothing to do: no deadline is near and no gap was found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2184" />
      <source>Nothing was imported: a {record} failed its checks on saving ({reasons}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2185" />
      <source>Optional columns of the ICO template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2186" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2187" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2188" />
      <source>Person responsible for data protection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2189" />
      <source>Personal data breach?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2190" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2191" />
      <source>Processing activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2192" />
      <source>Processor: {who}. Our representative and DPO are on the {cover} sheet (Art. 30(2)(a)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2193" />
      <source>Processors we use for it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2194" />
      <source>Profiling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2195" />
      <source>Purpose of processing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2196" />
      <source>Read-only view of {what}, made by Atlas from the register. Atlas does not import this sheet, so a change made here would be lost: edit {where}, then import the workbook. The sheet is protected against accidental changes (no password is needed to lift it).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2198" />
      <source>Records of processing activities — {organisation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2199" />
      <source>Register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2200" />
      <source>Representative in the EU (Art. 27)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2201" />
      <source>Required by Art. 30(1) GDPR (* in the ICO template's required part)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2202" />
      <source>Retention schedule (if possible)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2203" />
      <source>Rights available to individuals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2204" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2205" />
      <source>Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2206" />
      <source>Safeguards for the transfers (Art. 30(2)(c))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2207" />
      <source>Saving the workbook…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2208" />
      <source>Security measures (Art. 30(2)(d))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2209" />
      <source>Several entries: separate them with "; ".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2210" />
      <source>Several records: separate them with "; ". Keep the (#number).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2211" />
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2212" />
      <source>Shown for reference; not imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2213" />
      <source>Shown for reference; set it on the {record} instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2214" />
      <source>Staff × courses with expiry dates: {people}, {courses}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2215" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2216" />
      <source>Supervisory authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2217" />
      <source>Systems: {systems}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2218" />
      <source>The disk is full, so {file} could not be written to {folder}. Nothing was written there. Free some space there, or choose a folder on another disk, and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2219" />
      <source>The export would overwrite the register itself; choose another file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2220" />
      <source>The number of the {record} (column A of the {sheet} sheet) this row belongs to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2221" />
      <source>The record's number in Atlas. Leave it empty for a new record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2222" />
      <source>The register changed since the file was checked; check the file again before importing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2223" />
      <source>The sheet {sheet} has more than {count} rows; split it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2224" />
      <source>The source of the personal data (if applicable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2225" />
      <source>There is no Art. 30 view called {view}; use {first} or {second}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2226" />
      <source>There is no file {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2227" />
      <source>There is no register called {name}; use one of: {names}, findings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2228" />
      <source>This export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2229" />
      <source>This file is not encrypted. Keep it somewhere safe and delete it when it is no longer needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2230" />
      <source>To check the register later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2231" />
      <source>Training matrix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2232" />
      <source>Transfers to third countries (Art. 30(2)(c))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2233" />
      <source>What `atlas check` found: {counts}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2234" />
      <source>What to do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2235" />
      <source>Worked out by Atlas; changes here are not imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2236" />
      <source>Would add {added}; change {changed}; {unchanged}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2237" />
      <source>Writing {sheet}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2238" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2239" />
      <source>Yes: automated decisions with legal or similar effect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2240" />
      <source>a lawful basis needs a purpose to belong to; fill in the purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2241" />
      <source>a record in the ICO template's layout (sheet {sheets})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2242" />
      <source>a record in the ICO template's layout, with no rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2243" />
      <source>add    {record}  ({sheet}, row {row})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2244" />
      <source>an Atlas export of another register (every record in it is new here)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2245" />
      <source>an Atlas export of this register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2246" />
      <source>change {record}: {fields}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2247" />
      <source>holds a formula ({formula}); Atlas never runs formulas: type the value instead, or copy and paste it as a value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2248" />
      <source>holds the error value {error}; type the value instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2249" />
      <source>importing the spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2250" />
      <source>it belongs to No. {number}, which is not on the {sheet} sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2251" />
      <source>it links to {record} ({sheet}, row {row}), which cannot be imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2252" />
      <source>no DPA on file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2253" />
      <source>no mechanism recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2254" />
      <source>nothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2255" />
      <source>row {row}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2256" />
      <source>say which record this row belongs to (its No.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2257" />
      <source>several {records} are called {title}; add the number, e.g. {example}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2258" />
      <source>the activities on the sheet '{activities}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2259" />
      <source>the activities on the sheet '{activities}' and their clients on the sheet '{clients}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2260" />
      <source>the record kept as a processor (Art. 30(2) GDPR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2261" />
      <source>the record of processing activities (Art. 30(1) GDPR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2262" />
      <source>there is no {record} No. {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2263" />
      <source>there is no {record} called {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2264" />
      <source>this text was cut to fit a cell, and the full text is not in the register; shorten it or paste the full text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2265" />
      <source>{category} (special category)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2266" />
      <source>{column}: pick one of the choices in the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2267" />
      <source>{count} {records}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2268" />
      <source>{description}; its times are read in {zone}, the zone it was exported in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2269" />
      <source>{entry} does not say which transfer it is for; start it with the country, e.g. "United States: Standard contractual clauses"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2270" />
      <source>{file} could not be read as a workbook ({error}). Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2271" />
      <source>{file} has a part compressed more than {ratio} to 1 ({part}); it was refused (it may be a zip bomb).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2272" />
      <source>{file} holds no sheet Atlas can import: neither an Atlas export nor a sheet with the ICO template's headings (Business function, Purpose of processing, …).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2273" />
      <source>{file} holds {count} parts, more than a workbook ever needs; it was refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2274" />
      <source>{file} is a Word document, not an .xlsx workbook. Save it as .xlsx and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2275" />
      <source>{file} is a zip archive, not an .xlsx workbook. Save it as .xlsx and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2276" />
      <source>{file} is an OpenDocument spreadsheet (.ods), not an .xlsx workbook. Save it as .xlsx and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2277" />
      <source>{file} is an old-style .xls workbook or a password-protected one. Open it in your spreadsheet program, remove any password and save it as .xlsx.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2278" />
      <source>{file} is damaged or incomplete (was it cut short?): {error}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2279" />
      <source>{file} is damaged: its part {part} cannot be unpacked ({error}). Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2280" />
      <source>{file} is damaged: its part {part} fails its checksum. Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2281" />
      <source>{file} is encrypted; remove its password and save it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2282" />
      <source>{file} is not an .xlsx workbook. It looks like text (a CSV file?). Save it as .xlsx and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2283" />
      <source>{file} is not an .xlsx workbook. Save it as .xlsx and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2284" />
      <source>{file} unpacks to more than the {limit} limit (at {part}); it was refused (it may be a zip bomb).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2285" />
      <source>{file} was refused: the workbook's part {part} declares XML entities ({mark} …), which workbooks never need and Atlas refuses for safety. Open it in your spreadsheet program and save it again as .xlsx, or ask for a clean copy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2286" />
      <source>{file} was refused: the workbook's part {part} declares a DTD ({mark} …), which workbooks never need and Atlas refuses for safety. Open it in your spreadsheet program and save it again as .xlsx, or ask for a clean copy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2287" />
      <source>{file} was refused: the workbook's part {part} is written in the text encoding {encoding}, and workbooks use UTF-8 or UTF-16; Atlas refuses it for safety. Open it in your spreadsheet program and save it again as .xlsx.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2288" />
      <source>{file} would unpack to {size}, more than the {limit} limit; it was refused (it may be a zip bomb).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2289" />
      <source>{file}: {description}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2290" />
      <source>{label} ({zone} time)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2291" />
      <source>{name} is not the name of one processor in the register; add the processor first, or clear the cell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2292" />
      <source>{overdue} overdue, {soon} due soon, {gaps}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2293" />
      <source>{path} is a folder, not a workbook.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2294" />
      <source>{path} is a folder; give the name of the file to write.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2295" />
      <source>{record} "{title}"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2296" />
      <source>{record} #{number} "{title}"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2297" />
      <source>{record} No. *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2298" />
      <source>{sheet}, row {row}, column {column}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2299" />
      <source>{sheet}, row {row}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2300" />
      <source>{sheet}: a view for reading (not imported).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2301" />
      <source>{sheet}: column {column} is not a column of the ICO template; it was not read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2302" />
      <source>{sheet}: column {column} is not a field of {records}; it was not read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2303" />
      <source>{sheet}: this sheet was changed, but it is a read-only view that Atlas does not import, so those changes were NOT read. Make them by editing {where}, and import again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2304" />
      <source>{sheet}: this workbook is from before the risk assessment; each breach's risk level was read as your own assessment (“{reason}”).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2305" />
      <source>{sheet}: {columns} are worked out by Atlas from the DPIAs, breaches, consents and policies; they were not read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2306" />
      <source>{size} MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2307" />
      <source>{term} ({article}). Yes or No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2308" />
      <source>{title} ({sheet} sheet, No. {number})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2309" />
      <source>{value} is not a country (international organisations are not supported yet; name the country)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2310" />
      <source>{value} is not a record number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2311" />
      <source>{value} is not a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2312" />
      <source>{value} is not one of: {allowed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2313" />
      <source>{value} is not {yes} or {no}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2314" />
      <source>… and {problems} in {rows}; fix the first ones and import again</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2781" />
      <source>%n consent record(s) ({sheet} sheet)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2782" />
      <source>%n course(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2783" />
      <source>%n gap(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2784" />
      <source>%n people</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2785" />
      <source>%n record(s) unchanged</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2786" />
      <source>%n row(s) with problems (was|were) left out.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2787" />
      <source>%n row(s) with problems left out</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2788" />
      <source>The record kept as processor for clients: %n row(s), one per client and activity (Art. 30(2))</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2789" />
      <source>The record of processing activities as controller in the CNIL's model register, in French: %n activit(y|ies) (Art. 30(1))</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2790" />
      <source>The record of processing activities as controller, in the UK ICO template's column order: %n activit(y|ies) (Art. 30(1))</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2791" />
      <source>{count} more problem(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2792" />
      <source>{count} problem(s) found in {file}; nothing was imported.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2793" />
      <source>{count} row(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2794" />
      <source>{register}: %n record(s) ({article})</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2795" />
      <source>{table} of each {record}: %n row(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2197" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="175" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="72" />
      <source>Export spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="73" />
      <source>Excel workbook (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="86" />
      <source>Spreadsheet exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="87" />
      <source>The workbook was written to
{0}

It is not encrypted: keep it somewhere safe and delete it when you no longer need it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="92" />
      <source>The spreadsheet was not exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="94" />
      <source>Exporting the spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="104" />
      <source>Import spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="105" />
      <source>Excel workbook (*.xlsx);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="116" />
      <source>Importing the spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="118" />
      <source>Nothing was imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="122" />
      <source>{0} added, {1} changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="125" />
      <source>Spreadsheet imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="126" />
      <source>Each change is recorded in the audit trail as an import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="134" />
      <source>Checking the spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="135" />
      <source>The spreadsheet cannot be imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="153" />
      <source>Import preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="157" />
      <source>{0}: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="158" />
      <source>Records to add: {0}. To change: {1}. Unchanged: {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="160" />
      <source>Rows with problems: {0}. Nothing is imported unless you choose to leave those rows out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="163" />
      <source>Nothing to import: the register already holds what the file says.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="169" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="169" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="169" />
      <source>Fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="170" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="170" />
      <location filename="../../gui/spreadsheets.py" line="171" />
      <source>{0}, row {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="171" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="175" />
      <source>Sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="175" />
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="175" />
      <source>Column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="178" />
      <source>Changes ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="179" />
      <source>Problems ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="184" />
      <source>Not read ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="190" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/spreadsheets.py" line="191" />
      <source>Import valid rows only</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>storage</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="2315" />
      <source>"{title}"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2316" />
      <source>"{title}" is already retired; it cannot also be confirmed unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2317" />
      <source>"{title}" is already updated; it cannot also be confirmed unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2318" />
      <source>A file already exists at {path}; choose another name or folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2319" />
      <source>A key file {name} is already there (its register may have been moved); choose another name, or move that key file away first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2320" />
      <source>A passphrase or recovery key is needed to open this backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2321" />
      <source>A passphrase or recovery key is needed to unlock this register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2322" />
      <source>A recovery key has {expected} letters and digits (14 groups of 4); this one has {found}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2323" />
      <source>Attachment #{id} does not match its recorded checksum.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2324" />
      <source>Cannot be read in full: {unreadable}. Still reads in full: {readable}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2325" />
      <source>Cannot read {path}: {reason}. Nothing was attached.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2326" />
      <source>Cannot write {path}: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2327" />
      <source>Choose at least one template.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2328" />
      <source>Database check could not finish: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2329" />
      <source>Database check: {result}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2330" />
      <source>Encrypted page check could not finish: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2331" />
      <source>Encrypted page check: the file is damaged: page {page} no longer matches its checksum. Restore a backup to get the register back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2332" />
      <source>Encrypted page check: the file is damaged: pages {pages} no longer match their checksum. Restore a backup to get the register back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2333" />
      <source>Encrypted page check: {result}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2334" />
      <source>Entry {seq} appears twice or out of order.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2335" />
      <source>Entry {seq} differs from the one {source} recorded: the history was rewritten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2336" />
      <source>Entry {seq} does not match its seal: it was edited, or entries were moved or reordered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2337" />
      <source>Every part of it still reads in full; the damage is in its lookup structures, so some lists, searches or saves fail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2338" />
      <source>Its entry in the system keyring could not be removed. {reason} The entry opens nothing now; you can delete it by hand: service "{service}", account "{account}".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2339" />
      <source>No backup of it that verifies was found in {folder}. Keep a copy of {name} and {name}.keys somewhere safe, and restore a backup kept elsewhere with: {command}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2340" />
      <source>No review is in progress: start one with 'atlas review start' (in the app: Tools → Annual review).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2341" />
      <source>None of it reads in full any more ({parts} all fail).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2342" />
      <source>Nothing in it can be read any more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2343" />
      <source>Restore it from a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2344" />
      <source>Restore the key file alone from a backup: atlas restore --from BACKUP --key-file-only (your data is not affected)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2345" />
      <source>The PKCS#12 file could not be opened: the password is wrong or the file is damaged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2346" />
      <source>The PKCS#12 file must hold both a certificate and its private key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2347" />
      <source>The PKCS#12 file's private key does not belong to its certificate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2348" />
      <source>The PKCS#12 key is of a kind PDF signatures cannot use; use an RSA or ECDSA key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2349" />
      <source>The attachment needs a file name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2350" />
      <source>The audit trail cannot be read: {error}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2351" />
      <source>The audit trail in the backup cannot be read ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2352" />
      <source>The audit trail in the backup is broken: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2353" />
      <source>The audit trail's last entry is damaged; run 'atlas doctor'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2354" />
      <source>The backup copy came out unencrypted and was deleted; nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2355" />
      <source>The certificate in the PKCS#12 file expired on {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2356" />
      <source>The copy of the current register could not be verified; nothing was restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2357" />
      <source>The database in the backup cannot be opened ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2358" />
      <source>The database in the backup does not match its key file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2359" />
      <source>The database in the backup failed its integrity check: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2360" />
      <source>The disk is full, so {doing} failed. Nothing of it was written and everything saved before is intact. Free some space and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2361" />
      <source>The folder {folder} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2362" />
      <source>The key file in {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2363" />
      <source>The key file inside {name} is damaged too. Nothing was changed; try an older backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2364" />
      <source>The key file inside {name} is damaged. Nothing was changed; try another backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2365" />
      <source>The key file next to this register belongs to a different register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2366" />
      <source>The key file uses an unknown key derivation ({kdf}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2367" />
      <source>The key file {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2368" />
      <source>The key file {name} cannot be read: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2369" />
      <source>The key file {name} has no passphrase entry (it was damaged or removed), {fix}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2370" />
      <source>The key file {name} has no recovery-key entry (it was damaged or removed), {fix}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2371" />
      <source>The key file {name} has no remembered-key entry (it was damaged or removed), {fix}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2372" />
      <source>The key file's passphrase entry is damaged: its key derivation cannot be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2373" />
      <source>The log jumps from entry {last} to {next}: entries {first} to {end} are missing (deleted).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2374" />
      <source>The log jumps from entry {last} to {next}: entry {missing} is missing (deleted).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2375" />
      <source>The name in {variable}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2376" />
      <source>The new backup did not pass its check, so it was deleted and the backups already in {folder} were left as they were ({reason}). Check that disk and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2377" />
      <source>The organisation has no name yet; name it before making its signing certificate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2378" />
      <source>The passphrase entry of the key file {name} is damaged, {fix}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2379" />
      <source>The recovery key contains characters that cannot be in one (only A-Z and 2-7 are used).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2380" />
      <source>The recovery key has a typo: its checksum does not match. Check each group against your printed copy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2381" />
      <source>The recovery-key entry of the key file {name} is damaged, {fix}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2382" />
      <source>The register is open read-only, so {doing} is not possible now. Close it and open it normally to make changes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2383" />
      <source>The register was not upgraded because the backup before the upgrade failed: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2384" />
      <source>The register {name} cannot be opened safely: its contents are not what Atlas Desktop wrote. Restore your latest backup with 'atlas restore --from FILE'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2385" />
      <source>The register {name} is damaged: part of its file no longer reads back as it was written (after a disk or power fault, or a copy made while it was in use). Nothing more was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2386" />
      <source>The register {path} cannot be read: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2387" />
      <source>The register's file is damaged: part of it can no longer be read, so {doing} failed. Nothing more was changed. Restore your latest verified backup with 'atlas restore --from FILE'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2388" />
      <source>The remembered-key entry of the key file {name} is damaged, {fix}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2389" />
      <source>The restored copy could not be switched to write-ahead logging ({mode}); nothing was restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2390" />
      <source>The system keyring did not answer within {seconds} seconds; enter your passphrase instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2391" />
      <source>The system keyring did not keep the key, so this computer will not remember the register. Use the passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2392" />
      <source>The system keyring here ({name}) cannot be used on this computer now, so Atlas will not use it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2393" />
      <source>The system keyring here ({name}) is not a real secret store, so Atlas will not use it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2394" />
      <source>The system keyring here ({name}) is not one of the secret stores Atlas trusts ({trusted}), so Atlas will not use it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2395" />
      <source>The system keyring here ({name}) stores secrets in a plain file, so Atlas will not use it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2396" />
      <source>The system keyring reported a problem ({problem}); enter your passphrase instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2397" />
      <source>The {record} cannot be deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2398" />
      <source>There is no attachment #{id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2399" />
      <source>There is no backup at {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2400" />
      <source>There is no register at {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2401" />
      <source>There is no review #{id} ('atlas review list' shows them).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2402" />
      <source>There is no {record} #{id} to attach a file to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2403" />
      <source>There is no {record} #{id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2404" />
      <source>There is only one {record}; edit it instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2405" />
      <source>This computer remembers the register, but its key could not be read from the system keyring: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2406" />
      <source>This computer remembers the register, but the key in the system keyring does not open it (it was replaced or damaged); enter the passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2407" />
      <source>This computer remembers the register, but the system keyring gave no key for it (the keyring may be locked, or the entry was removed); enter the passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2408" />
      <source>This file is not an Atlas register: its key file {name} is missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2409" />
      <source>This file is not an Atlas register: {name} is empty or truncated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2410" />
      <source>This register must be upgraded before this version of Atlas Desktop can read it, and it was opened read-only. Open it normally (with some free disk space) to upgrade it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2411" />
      <source>This register was made by a newer version of Atlas Desktop (schema {schema}; this version reads up to {newest}). Please update Atlas Desktop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2412" />
      <source>This register's key file has no passphrase entry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2413" />
      <source>This register's key file has no recovery-key entry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2414" />
      <source>This register's key file was made by a newer version of Atlas Desktop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2415" />
      <source>To get it back, restore the latest backup, {backup} of {time} (it could not be checked now: {reason}; the restore checks it first): {command}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2416" />
      <source>To get it back, restore the latest verified backup, {backup} of {time} (the damaged file is kept as a copy first): {command}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2417" />
      <source>Upgrading the register from schema {schema} failed ({error}). It was left at the last complete version; a backup was made first: {backup}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2418" />
      <source>Use another backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2419" />
      <source>Wrong passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2420" />
      <source>Wrong recovery key: it is well formed but belongs to another register or to an earlier, replaced recovery key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2421" />
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2422" />
      <source>Your role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2423" />
      <source>a device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2424" />
      <source>a folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2425" />
      <source>a moment ago</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2426" />
      <source>a pipe (FIFO)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2427" />
      <source>a socket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2428" />
      <source>adding the activities from templates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2429" />
      <source>annual reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2430" />
      <source>attaching {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2431" />
      <source>attachment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2432" />
      <source>attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2433" />
      <source>cannot be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2434" />
      <source>changed outside Atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2435" />
      <source>changing the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2436" />
      <source>checking the backup {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2437" />
      <source>closing the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2438" />
      <source>created outside Atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2439" />
      <source>creating the backup folder {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2440" />
      <source>creating the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2441" />
      <source>deleted outside Atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2442" />
      <source>deleting the {record}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2443" />
      <source>filling the demo register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2444" />
      <source>forgetting the register on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2445" />
      <source>issuing a new recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2446" />
      <source>keeping the damaged key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2447" />
      <source>key file: the passphrase entry was made by an older version of Atlas Desktop, before entries carried a check value, so it cannot be proven without the passphrase itself. It is proven the next time the register is unlocked with the passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2448" />
      <source>key file: the recovery-key entry was made by an older version of Atlas Desktop, before entries carried a check value, so it cannot be proven without the recovery key itself. To be sure it works, issue a new recovery key with 'atlas recovery-key reissue'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2449" />
      <source>key file: the remembered-key entry was made by an older version of Atlas Desktop, before entries carried a check value, so it cannot be proven without this computer's remembered key itself. It is proven the next time this computer opens the register by itself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2450" />
      <source>key file: unlocks with {ways}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2451" />
      <source>key file: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2452" />
      <source>naming the backup {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2453" />
      <source>not a regular file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2454" />
      <source>opening the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2455" />
      <source>opening the register read-only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2456" />
      <source>other internal tables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2457" />
      <source>reading the damaged key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2458" />
      <source>reading the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2459" />
      <source>recording the upgrade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2460" />
      <source>register setting {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2461" />
      <source>remembering the register on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2462" />
      <source>removing {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2463" />
      <source>retiring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2464" />
      <source>saving the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2465" />
      <source>saving the signing certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2466" />
      <source>saving the {record}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2467" />
      <source>saving your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2468" />
      <source>saving {setting}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2469" />
      <source>so the passphrase may no longer open the register: set a new passphrase now with 'atlas passphrase change' (unlocking with the recovery key)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2470" />
      <source>so this computer may no longer open the register without the passphrase: run 'atlas remember' again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2471" />
      <source>so your recovery key may no longer open the register: issue a new recovery key now with 'atlas recovery-key reissue' (and keep it in place of the old one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2472" />
      <source>someone else</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2473" />
      <source>starting the review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2474" />
      <source>the audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2475" />
      <source>the audit trail records its deletion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2476" />
      <source>the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2477" />
      <source>the backup of {time} ({name})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2478" />
      <source>the change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2479" />
      <source>the file is damaged where it looked. Restore a backup to get the register back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2480" />
      <source>the key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2481" />
      <source>the organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2482" />
      <source>the passphrase (cannot be proven)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2483" />
      <source>the passphrase (proven)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2484" />
      <source>the recovery key (cannot be proven)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2485" />
      <source>the recovery key (proven)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2486" />
      <source>the register's settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2487" />
      <source>the restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2488" />
      <source>the restore of {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2489" />
      <source>the search index</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2490" />
      <source>this computer's remembered key (cannot be proven)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2491" />
      <source>this computer's remembered key (proven)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2492" />
      <source>writing the restored key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2493" />
      <source>{backup} is a backup of another register, not of {register}. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2494" />
      <source>{backup} is not a backup of this register: the key it holds does not open {register}. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2495" />
      <source>{doing} failed: the disk could not be read or written (an input/output error), so the disk or its connection may be failing. Nothing more was changed. Copy the register and its key file to another disk and try again there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2496" />
      <source>{doing} failed: {error}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2497" />
      <source>{field}: there is no {record} #{id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2498" />
      <source>{items} and {last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2499" />
      <source>{name} does not match its key file: the key file belongs to another register, or this file is not an Atlas register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2500" />
      <source>{name} is a plain, unencrypted SQLite file, not an Atlas register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2501" />
      <source>{name} is damaged ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2502" />
      <source>{name} is damaged: its contents do not match its manifest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2503" />
      <source>{name} is damaged: its database cannot be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2504" />
      <source>{name} is damaged: its key file cannot be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2505" />
      <source>{name} is damaged: its key file cannot be read. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2506" />
      <source>{name} is damaged: its key file does not match the backup's manifest. Nothing was changed; try another backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2507" />
      <source>{name} is damaged: its manifest is incomplete.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2508" />
      <source>{name} is inconsistent: its key file names another register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2509" />
      <source>{name} is not an Atlas backup, or it is damaged or incomplete.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2510" />
      <source>{name} is not an Atlas backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2511" />
      <source>{name} is one of the register's own files; choose another name for the backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2512" />
      <source>{name} is too large ({size} bytes, {megabytes} MB); attachments can be at most 25 MB ({most} bytes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2513" />
      <source>{name} is too large: it holds more than {most} bytes, though it reported fewer (it may be growing while being read); attachments can be at most 25 MB. Nothing was attached.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2514" />
      <source>{name} was made by a newer version of Atlas Desktop (schema {schema}; this version reads up to {newest}). Update Atlas Desktop before restoring it; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2515" />
      <source>{path} (a link to {target})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2516" />
      <source>{path} is {kind}, not a file; nothing was attached. Only a regular file (a document, a scan, a picture) can be attached: choose one instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2517" />
      <source>{people} saved this {record} at {time}, while you were editing it ({fields}). Your changes were not saved and are still in the editor: copy what you need, then reopen the record to see theirs and make your changes again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2518" />
      <source>{people} saved this {record} at {time}, while you were editing it. Your changes were not saved and are still in the editor: copy what you need, then reopen the record to see theirs and make your changes again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2519" />
      <source>{reason} A backup opens with the passphrase or recovery key that was in force when it was made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2520" />
      <source>{record} "{title}"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2521" />
      <source>{record} "{title}" cannot be saved as reviewed: {reason}. Open it, fix it, and close the review again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2522" />
      <source>{record} "{title}" is linked from {names}. Remove those links first, or change its status instead (it stays in the history).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2523" />
      <source>{record} "{title}" is linked from {names}. Remove those links first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2524" />
      <source>{record} {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2525" />
      <source>{record}: {field} is not a stored link.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2526" />
      <source>{remedy}, or try the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2527" />
      <source>{remedy}, or try the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2528" />
      <source>{review} cannot be closed: {count} item(s) are not reviewed yet ({names}). Confirm, update or retire each one first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2529" />
      <source>{review} has no item {items} ('atlas review status --items' lists them).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2530" />
      <source>{review} has no pack: it is still in progress.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2531" />
      <source>{review} is already in progress (started {date}): carry on with it, or close it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2532" />
      <source>{subject} is damaged or is not a valid key file, so it cannot unlock the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2533" />
      <source>{subject} is damaged, so it cannot unlock the register with the passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2534" />
      <source>{subject} is damaged, so it cannot unlock the register with the recovery key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2535" />
      <source>{subject} is damaged, so it cannot unlock the register with this computer's remembered key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2536" />
      <source>{title} (copy)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2796" />
      <source>The log ends at entry {last}, but {source} recorded %n entries: entries were removed from the end.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2797" />
      <source>{items} and %n more</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>team</name>
    <message>
      <location filename="../../../build/spec_strings.py" line="2537" />
      <source>A server administrator cannot be added as a person: choose another name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2538" />
      <source>An attachment in the team register is not sealed with the team key: it was written outside Atlas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2539" />
      <source>An attachment in the team register was changed on the server (it no longer matches its seal).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2540" />
      <source>Audit entry {entry} records an import but not which history it brought: it was written outside Atlas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2541" />
      <source>Imported audit history segment {segment} is not anchored by any import in the team's trail: it was added on the server outside Atlas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2542" />
      <source>Only a manager can add people; you are signed in as {person} ({role}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2543" />
      <source>Only a manager can import a register; you are signed in as {person} ({role}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2544" />
      <source>Only a manager can remove people; you are signed in as {person} ({role}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2545" />
      <source>Only a manager of this register can add or remove people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2546" />
      <source>Only a register file on this computer can be imported into a team register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2547" />
      <source>Only the schema's owner ({owner}, who ran 'atlas team init') can upgrade the team register; you signed in as {person}. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2548" />
      <source>Outbox for {server}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2549" />
      <source>Registers are imported into a team register: name one with --register postgresql://NAME@SERVER/DATABASE or a .atlas-team file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2550" />
      <source>The audit history imported from a register file (segment {segment}, anchored by entry {entry})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2551" />
      <source>The audit history imported from {source} (segment {segment}, anchored by entry {entry})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2552" />
      <source>The audit trail can only grow: its entries cannot be changed or deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2553" />
      <source>The audit trail differs from the one this computer saw the last time (entry {entry} was {head}…): its history was rewritten, or an older copy of the register was put in place. Run 'atlas doctor'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2554" />
      <source>The audit trail of {file} is broken ({problem}), so it cannot be carried into the team register. Nothing was imported: run 'atlas doctor' on it, or import your latest sound backup instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2555" />
      <source>The audit trail's last entry is damaged; run 'atlas doctor'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2556" />
      <source>The backup could not be written to {folder}: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2557" />
      <source>The backup folder {folder} cannot be made: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2558" />
      <source>The imported audit history could not be read ({detail}); run the check again, or ask whoever runs the server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2559" />
      <source>The name {person} is already used on this server (by another register or program): type that person's current password, or choose another sign-in name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2560" />
      <source>The organisation's name is needed to create a team register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2561" />
      <source>The port in {address} is not a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2562" />
      <source>The role must be manager, editor or reader.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2563" />
      <source>The role must be one of {roles}, not {role}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2564" />
      <source>The schema owner's password is needed to upgrade the team register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2565" />
      <source>The server does not let you sign in to this database from this computer: ask whoever runs the server to allow it (pg_hba.conf).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2566" />
      <source>The server does not let {person} sign in to this database from this computer: ask whoever runs the server to allow it (pg_hba.conf).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2567" />
      <source>The server refused the sign-in for you: the name or the password is wrong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2568" />
      <source>The server refused the sign-in for {person}: the name or the password is wrong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2569" />
      <source>The server refused {doing}: {reason}. Nothing was changed; a manager can give you another role.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2570" />
      <source>The team register was not upgraded, because the backup before the upgrade failed: {reason}. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2571" />
      <source>The team register's address names no database: add /DATABASE to {address}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2572" />
      <source>The team register's server {server} cannot be reached now while {doing} ({detail}). Nothing was changed. Check the network; meanwhile the app can log a breach into an outbox on this computer and send it when the server is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2573" />
      <source>The team's recovery key entry belongs to another register: it was changed outside Atlas. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2574" />
      <source>The team's recovery key is needed to upgrade the team register (it unlocks the key that encrypts the backup made first).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2575" />
      <source>There is no database {database} on {server}: check the address, or ask whoever runs the server to create it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2576" />
      <source>There is no outbox on this computer for {server}: nothing is waiting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2577" />
      <source>There is no team connection file at {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2578" />
      <source>This is the last manager: add another manager first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2579" />
      <source>This key does not open {name}: it is the backup of another team register, or it is damaged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2580" />
      <source>This password does not open the outbox on this computer: the outbox was locked with the password you typed when you logged the breach. Use that one; if you changed your password since, sign in with the old one to open the outbox.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2581" />
      <source>This recovery key does not open this team register: use the team recovery key that 'atlas team init' showed for it. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2582" />
      <source>This team register already holds records ({held}): import into a new, empty team register (made with 'atlas team init'). Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2583" />
      <source>This team register holds no recovery copy of its team key, so it cannot be upgraded here: restore the server's backup, or ask for help.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2584" />
      <source>This team register is at schema {version} and this version of Atlas needs {newest}: whoever set it up upgrades it with 'atlas team upgrade --url ...' (a backup is made first). Until then, use the version of Atlas the others use.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2585" />
      <source>This team register is at schema {version}, newer than this version of Atlas knows ({newest}): upgrade Atlas Desktop instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2586" />
      <source>This team register was made by a newer version of Atlas Desktop (schema {version}; this version reads up to {newest}). Please update Atlas Desktop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2587" />
      <source>Upgrading the team register from schema {version} failed ({reason}). It was left at schema {reached}, the last complete step; the backup made first is {backup}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2588" />
      <source>You ({person}) are not a member of this team register: a manager adds you with 'atlas team add-user {person} --role editor'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2589" />
      <source>You are not (or no longer) a member of the team register on {server}: a manager can add you again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2590" />
      <source>Your key in the team register belongs to another register: ask a manager to remove you and add you again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2591" />
      <source>Your password for the team register is needed to open the outbox on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2592" />
      <source>Your password for the team register is needed to sign in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2593" />
      <source>Your password signed you in, but it does not open your copy of the team key: it was changed outside Atlas. Sign in with the password you had, or ask a manager to add you again with a new one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2594" />
      <source>adding {person}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2595" />
      <source>attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2596" />
      <source>changing your password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2597" />
      <source>creating the team register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2598" />
      <source>editor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2599" />
      <source>exit {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2600" />
      <source>importing the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2601" />
      <source>locking the outbox with your team password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2602" />
      <source>making the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2603" />
      <source>manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2604" />
      <source>opening the team register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2605" />
      <source>pg_dump ({program}) could not be started: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2606" />
      <source>pg_dump could not back up {server} ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2607" />
      <source>pg_dump is not installed on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2608" />
      <source>reader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2609" />
      <source>reading the team register's schema</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2610" />
      <source>recording the upgrade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2611" />
      <source>removing {person}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2612" />
      <source>restore the server's backup from before the change, or ask whoever runs the server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2613" />
      <source>reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2614" />
      <source>sending a breach from the outbox</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2615" />
      <source>signing in to the team register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2616" />
      <source>the change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2617" />
      <source>the key in {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2618" />
      <source>the server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2619" />
      <source>the team's recovery key entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2620" />
      <source>your key in the team register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2621" />
      <source>your role in this register does not allow it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2622" />
      <source>{doing} failed on the server: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2623" />
      <source>{doing} met another person's change at the same moment and was not made: try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2624" />
      <source>{file} changed while it was being imported (another window of Atlas may have it open). Nothing was imported: close it there and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2625" />
      <source>{file} holds records that disagree with its audit trail ({first}). Nothing was imported: run 'atlas doctor' on it, or import your latest sound backup instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2626" />
      <source>{file} is at schema {version} and the team register at {team_version}: use the same version of Atlas for both (upgrade the team register with 'atlas team upgrade' first). Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2627" />
      <source>{file} is not a team connection file: it needs host, database and user.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2628" />
      <source>{file} is not a team connection file: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2629" />
      <source>{name} cannot be a sign-in name: use 2 to 41 lower-case letters, digits, '.', '-' or '_', starting with a letter (e.g. maria.pop).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2630" />
      <source>{name} is damaged or incomplete: part of it does not match its seal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2631" />
      <source>{name} is not an Atlas team backup (or its beginning is damaged).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2632" />
      <source>{person} already signs in to this server (another register, or another program): type their current password, or choose another sign-in name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2633" />
      <source>{person} is not (or no longer) a member of the team register on {server}: a manager can add you again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2634" />
      <source>{person} is not a member of this team register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2635" />
      <source>{records}: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2636" />
      <source>{review} is still in progress in {file}: close it first, then import. Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2637" />
      <source>{server} already holds a team register: open it instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2638" />
      <source>{server} does not offer an encrypted (TLS) connection, and Atlas needs one for a server on another computer: ask whoever runs it to turn TLS on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2639" />
      <source>{server} holds no team register yet: whoever manages the server creates one with 'atlas team init'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2640" />
      <source>{server} holds no team register: create one with 'atlas team init'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2641" />
      <source>{server} refuses connections without encryption, and this one had none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2642" />
      <source>{where} no longer ends with the entry that was imported: its end was rewritten on the server; {fix}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../build/spec_strings.py" line="2643" />
      <source>{where} was changed on the server after the import: its entries no longer match the digest the import recorded; {fix}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2798" />
      <source>The audit trail has %n entr(y|ies), but this computer saw {seen} the last time it was open: entries were removed from its end. Run 'atlas doctor'; restore a backup if the register was not restored on purpose.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2799" />
      <source>{file} holds records that disagree with its audit trail ({first} and %n more). Nothing was imported: run 'atlas doctor' on it, or import your latest sound backup instead.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../build/spec_strings.py" line="2800" />
      <source>{where} has %n entr(y|ies) where {imported} were imported: entries were removed or added on the server; {fix}</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>DamageDialog</name>
    <message>
      <location filename="../../gui/damage_dialog.py" line="97" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="75" />
      <source>The key file is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="75" />
      <source>The register is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="78" />
      <source>The key file of “{0}” is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="79" />
      <source>“{0}” is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="84" />
      <source>Heading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="87" />
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="109" />
      <source>Part of the file can no longer be read back as it was written. This happens after a disk or power fault, or when the file was copied while it was in use. Nothing more was changed, and restoring a backup gets the register back as it was then.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="118" />
      <source>Nothing in it can be read any more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="121" />
      <source>Everything still reads in full: the damage is in its lookup structures, so some lists, searches or saves fail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="126" />
      <source>Cannot be read in full</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="127" />
      <source>nothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="128" />
      <source>Still reads in full</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="129" />
      <source>Cannot be read in full:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="130" />
      <source>Still reads in full:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="136" />
      <source>The latest verified backup is {0}, made {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="137" />
      <source>The latest backup is {0}, made {1}; it could not be checked now, so restoring checks it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="140" />
      <source>Choose a backup of this register: only its key file is taken, so the register keeps everything saved since. It then opens with the passphrase that was in use when that backup was made. Backups are kept in {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="144" />
      <source>The backup to restore is {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="146" />
      <source>No backup of it that verifies was found in {0}. If you keep backups elsewhere, choose one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="149" />
      <source>Backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="160" />
      <source>&amp;Restore backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="161" />
      <source>Put the latest verified backup in place of the damaged register (the damaged file is kept as a copy first).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="164" />
      <source>Choose &amp;another backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="166" />
      <source>Restore the &amp;key file from a backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="176" />
      <source>&amp;Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="199" />
      <source>Atlas backups (*.atlasbak)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="204" />
      <source>Choose a backup to restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="215" />
      <source>Restore backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="216" />
      <source>Replace “{0}” with the backup {1}? The damaged register is kept as a copy in {2} first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="217" />
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="224" />
      <source>Checking and restoring the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="227" />
      <source>Restoring the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="236" />
      <source>Choose the backup to take the key file from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="242" />
      <location filename="../../gui/damage_dialog.py" line="245" />
      <source>Restoring the key file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_dialog.py" line="261" />
      <source>Nothing was restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_watch.py" line="68" />
      <source>Checking what still reads…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/damage_watch.py" line="94" />
      <source>Backup restored</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TeamSignInDialog</name>
    <message>
      <location filename="../../gui/team_signin.py" line="166" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="137" />
      <source>&amp;Hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="125" />
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="92" />
      <source>Heading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="137" />
      <source>&amp;Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_opening.py" line="35" />
      <source>The server cannot be reached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_opening.py" line="37" />
      <source>Not signed in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_opening.py" line="39" />
      <source>This team register needs another version of Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_opening.py" line="41" />
      <source>There is no team register there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_opening.py" line="42" />
      <source>The team register could not be opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="138" />
      <source>Show the password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="73" />
      <location filename="../../gui/team_signin.py" line="269" />
      <source>This connection file cannot be used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="81" />
      <location filename="../../gui/team_signin.py" line="87" />
      <source>Atlas Desktop is locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="81" />
      <source>Open a team register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="87" />
      <source>Sign in to a team register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="95" />
      <source>The outbox on this computer was locked to keep it private. Enter your team password to carry on where you left off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="98" />
      <source>The team register was locked to keep it private. Enter your password to sign in again and carry on where you left off; open windows keep what you typed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="101" />
      <source>A team register is shared by your office on a server. Each person signs in with their own name and password, which a manager of the register gave them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="110" />
      <source>Team register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="116" />
      <source>Server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="116" />
      <source>The server's name or address, e.g. server.office.lan or 192.168.1.20. Whoever runs the server can tell you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="121" />
      <source>Port</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="122" />
      <source>The server's port. PostgreSQL uses 5432 unless it was set up otherwise.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="123" />
      <source>Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="123" />
      <source>The name of the team register's database on the server, e.g. office.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="125" />
      <source>Your sign-in name for this register, e.g. maria.pop. Every change you make is recorded under it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="127" />
      <source>&amp;Server:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="127" />
      <source>P&amp;ort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="128" />
      <source>&amp;Database:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="128" />
      <source>Your &amp;name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="135" />
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="135" />
      <source>Your own password for this team register. It is never kept on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="138" />
      <source>Hide the password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="139" />
      <source>&amp;Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="145" />
      <source>Open a &amp;connection file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="146" />
      <location filename="../../gui/team_signin.py" line="260" />
      <source>Open a connection file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="147" />
      <source>A .atlas-team file a manager gave you fills in the server, database and your name. It never holds a password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="171" />
      <source>&amp;Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="171" />
      <source>Sign &amp;in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="176" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="177" />
      <source>Quit Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="213" />
      <source>Outbox for {0}, signed in as {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="213" />
      <source>{1} @ {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="216" />
      <source>Connection file: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="261" />
      <source>Team connection files (*{0});;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="283" />
      <source>the server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="284" />
      <source>the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="285" />
      <source>your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="287" />
      <source>Type {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="287" />
      <source>Ask whoever manages the team register if you do not know it, or open the connection file they gave you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="293" />
      <source>Type your password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="308" />
      <source>Opening the outbox…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="312" />
      <source>Signing in to {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="323" />
      <source>Opening the outbox on this computer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_signin.py" line="346" />
      <source>{0} Your windows keep what you typed: try again when the network is back.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="170" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="199" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="197" />
      <source>&amp;Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/passphrase_field.py" line="36" />
      <source>&amp;Hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/passphrase_field.py" line="37" />
      <source>Hide the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/passphrase_field.py" line="25" />
      <location filename="../../gui/passphrase_field.py" line="37" />
      <source>Show the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="215" />
      <source>Recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="160" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="126" />
      <source>Register file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_problems.py" line="44" />
      <source>The key file is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="112" />
      <source>Heading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="135" />
      <source>Use the recovery key instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_problems.py" line="34" />
      <source>Enter the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/passphrase_field.py" line="36" />
      <source>&amp;Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_problems.py" line="34" />
      <source>Enter the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="122" />
      <source>File: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="102" />
      <location filename="../../gui/unlock_dialog.py" line="107" />
      <source>Atlas Desktop is locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="175" />
      <source>&amp;Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="179" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="180" />
      <source>Quit Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="97" />
      <source>Checking whether this computer remembers this register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="102" />
      <source>Unlock register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="107" />
      <source>Unlock “{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="115" />
      <source>The register “{0}” was locked to keep it private. Enter the passphrase to carry on where you left off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="118" />
      <location filename="../../gui/unlock_dialog.py" line="226" />
      <source>This register is encrypted. Enter its passphrase to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="134" />
      <source>Use the &amp;recovery key instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="139" />
      <source>Re&amp;member on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="140" />
      <location filename="../../gui/unlock_dialog.py" line="310" />
      <source>Remember on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="141" />
      <source>Keep a key in this computer's secure keyring, so this register opens without the passphrase for your user account here. Untick to forget it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="163" />
      <source>Problem details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="176" />
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="184" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="210" />
      <source>Recovery &amp;key (the 14 groups of 4 on your printed copy):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="225" />
      <source>Enter the recovery key you saved when the register was created.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="281" />
      <location filename="../../gui/unlock_dialog.py" line="327" />
      <source>Unlocking the register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="311" />
      <source>The register is open, but this computer could not remember it: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_dialog.py" line="326" />
      <source>Unlocking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_problems.py" line="32" />
      <source>This recovery key has a typo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_problems.py" line="37" />
      <source>Wrong recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_problems.py" line="38" />
      <source>Wrong passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_problems.py" line="38" />
      <source>Check Caps Lock and the keyboard layout, or use the recovery key instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_problems.py" line="41" />
      <source>This register was made by a newer version of Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_problems.py" line="42" />
      <source>Update Atlas Desktop to open it. The register was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_problems.py" line="46" />
      <source>This register is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_problems.py" line="47" />
      <source>Part of its file can no longer be read. The window that opened says what still reads, and restores a backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_problems.py" line="50" />
      <source>This file is not an Atlas register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/unlock_problems.py" line="53" />
      <location filename="../../gui/unlock_problems.py" line="54" />
      <source>The register could not be opened</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomeWindow</name>
    <message>
      <location filename="../../gui/welcome.py" line="174" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="77" />
      <source>Team register “{0}”
{1} @ {2}:{3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="78" />
      <source>this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="96" />
      <source>Welcome to Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="106" />
      <location filename="../../gui/welcome.py" line="111" />
      <source>Atlas Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="113" />
      <source>Your organisation's GDPR register, kept encrypted on this computer (nothing is sent anywhere), or shared by your office on its own server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="125" />
      <source>&amp;Create a register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="126" />
      <source>Start a new, empty register for your organisation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="128" />
      <source>&amp;Open a register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="129" />
      <source>Choose a register file (.atlas) on this computer or a shared drive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="131" />
      <source>Open a &amp;team register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="132" />
      <source>Sign in to the register your office shares on a server, with your own name and password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="135" />
      <source>&amp;Explore the demo register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="136" />
      <source>A filled-in example for an invented company. Nothing in it is real, so try anything.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="143" />
      <location filename="../../gui/welcome.py" line="146" />
      <source>Recent registers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="152" />
      <source>Registers you open appear here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="158" />
      <source>O&amp;pen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="159" />
      <source>Open the selected register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="161" />
      <source>&amp;Remove from list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="162" />
      <source>Remove the selected register from the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="163" />
      <source>Only forgets it here; the file itself is not touched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="198" />
      <source>{0} is not there any more (moved, renamed or on a drive that is not connected).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="237" />
      <source>Open a register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="238" />
      <source>Atlas registers (*.atlas *.atlas-team);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="247" />
      <source>{0} was not found. It may have been moved or renamed, or be on a drive that is not connected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="300" />
      <source>The demo register could not be opened: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="302" />
      <source>Opening the demo register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="309" />
      <source>Opening the demo register (invented data)…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CertificateExport</name>
    <message>
      <location filename="../../gui/certificate_export.py" line="56" />
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
      <location filename="../../gui/certificate_export.py" line="73" />
      <source>Certificate, text (*.pem)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/certificate_export.py" line="73" />
      <source>Certificate for Windows (*.cer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/certificate_export.py" line="75" />
      <location filename="../../gui/certificate_export.py" line="85" />
      <source>Export the signing certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/certificate_export.py" line="87" />
      <source>Signing certificate saved</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CreateRegisterDialog</name>
    <message>
      <location filename="../../gui/create_dialog.py" line="48" />
      <location filename="../../gui/create_dialog.py" line="153" />
      <source>Weak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="48" />
      <source>Fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="48" />
      <source>Good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="48" />
      <source>Strong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="74" />
      <source>Choose a passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="75" />
      <source>Step 3 of 4. The passphrase opens the register every day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="77" />
      <source>&amp;Create register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="79" />
      <source>Four or more unrelated words are strong and easy to remember, e.g. “lantern-orbit-pepper-canal”. Without the passphrase or the recovery key nobody can open the register, not even the makers of Atlas Desktop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="86" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="87" />
      <location filename="../../gui/create_dialog.py" line="141" />
      <source>Sh&amp;ow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="92" />
      <source>&amp;Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="99" />
      <source>Passphrase strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="106" />
      <location filename="../../gui/create_dialog.py" line="151" />
      <source>Nothing typed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="110" />
      <source>Strength:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="114" />
      <source>Advice on the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="119" />
      <source>Passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="120" />
      <source>&amp;Again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="125" />
      <source>Whether the passphrases match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="141" />
      <source>&amp;Hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="142" />
      <source>Hide the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="142" />
      <source>Show the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="170" />
      <source>✓ The two passphrases match.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="172" />
      <source>✗ The two passphrases are not the same yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="182" />
      <source>Choose a longer one: four or more unrelated words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="185" />
      <source>The two passphrases are not the same. Type it again in both fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="211" />
      <source>Creating the register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="217" />
      <source>Creating the encrypted register…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="226" />
      <source>Your recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="227" />
      <source>Step 4 of 4. The register is created; this key is shown only now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="229" />
      <source>If the passphrase is ever forgotten, this key is the only way to open the register. Save it as a PDF or print it, and keep it somewhere safe, away from this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="233" />
      <source>Recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="236" />
      <source>Save as &amp;PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="237" />
      <source>Save the recovery key as a PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="239" />
      <source>P&amp;rint…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="240" />
      <source>Print the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="248" />
      <source>Where the recovery key was saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="251" />
      <source>I have &amp;stored the recovery key somewhere safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="252" />
      <source>I have stored the recovery key somewhere safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="284" />
      <source>Create a register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="293" />
      <source>&amp;Open the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="307" />
      <source>Leave without the recovery key?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_dialog.py" line="308" />
      <source>The register has been created, but its recovery key will not be shown again. If you close now and forget the passphrase, the register cannot be opened.

Close anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="67" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="104" />
      <source>Your organisation and where to keep the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="105" />
      <source>Step 1 of 4. The register is one encrypted file on this computer; nothing is sent anywhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="111" />
      <source>Organisation name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="112" />
      <source>e.g. Harbour Dental Practice Ltd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="113" />
      <source>&amp;Organisation name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="117" />
      <source>Register file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="118" />
      <source>&amp;Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="119" />
      <source>Choose where to save the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="124" />
      <source>&amp;Save as:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="127" />
      <source>Keep it in a folder that is backed up. Atlas never overwrites an existing register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="147" />
      <source>Save the register as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="148" />
      <source>Atlas registers (*.atlas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="163" />
      <source>Enter your organisation's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="166" />
      <source>Choose where to save the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="170" />
      <source>There is already a file called {0} in that folder. Choose another name or folder: Atlas never overwrites a register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_name.py" line="176" />
      <source>The folder {0} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="76" />
      <source>Your office and you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="77" />
      <source>Step 2 of 4. Atlas uses these answers to count your deadlines and to name you in the register. You can change them later in Organisation details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="96" />
      <source>Type to search, e.g. Romania</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="97" />
      <source>&amp;Country:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="97" />
      <source>Country where your organisation is established</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="98" />
      <source>Requests from people must be answered within one month; Atlas skips this country's public holidays when it counts (Art. 12(3)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="101" />
      <source>&amp;Region:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="101" />
      <source>Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="102" />
      <source>Public holidays differ by region in this country: choose yours, or keep the national holidays only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="110" />
      <source>Supervisory &amp;authority:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="110" />
      <source>Supervisory authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="111" />
      <source>Its a&amp;ddress:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="111" />
      <source>Authority's postal address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="112" />
      <source>Its &amp;web form:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="112" />
      <source>Authority's breach notification web form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="113" />
      <source>Its &amp;phone:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="113" />
      <source>Authority's phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="118" />
      <source>A personal data breach is reported to this authority within 72 hours (Art. 33(1)); it is the authority of the country you are established in (Art. 55). Proposed from the country: check it, or correct it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="123" />
      <source>e.g. Ana Popescu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="125" />
      <source>e.g. Office manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="126" />
      <source>Your na&amp;me:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="126" />
      <location filename="../../gui/create_org.py" line="175" />
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="127" />
      <source>Your r&amp;ole:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="127" />
      <location filename="../../gui/create_org.py" line="176" />
      <source>Your role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="128" />
      <source>Shown in the audit trail next to each change and on sign-offs, so the office can show who did what (Art. 5(2), 30). Not your computer's login name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="151" />
      <source>National holidays only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/create_org.py" line="185" />
      <source>Choose your country from the list (type part of its name), or leave it empty and set it later in Organisation details.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>KeyDialogs</name>
    <message>
      <location filename="../../gui/key_dialogs.py" line="122" />
      <source>Weak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="105" />
      <location filename="../../gui/key_dialogs.py" line="123" />
      <source>Nothing typed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="160" />
      <source>Strength:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="162" />
      <source>&amp;Again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="189" />
      <source>✓ The two passphrases match.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="190" />
      <source>✗ The two passphrases are not the same yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="98" />
      <source>Save as &amp;PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="100" />
      <source>P&amp;rint…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="108" />
      <source>Where the recovery key was saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="53" />
      <location filename="../../gui/key_dialogs.py" line="57" />
      <source>&amp;Current passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="53" />
      <source>Current passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="54" />
      <source>I will type the &amp;recovery key instead (the passphrase is forgotten)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="55" />
      <source>Use the recovery key instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="57" />
      <source>Recovery &amp;key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="99" />
      <source>Strength of the new passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="111" />
      <source>Advice on the new passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="143" />
      <source>Change the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="146" />
      <source>The passphrase opens “{0}” every day. Changing it does not touch the data (it is not re-encrypted), and the recovery key keeps working.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="152" />
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="155" />
      <source>Sho&amp;w</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="155" />
      <source>Hi&amp;de</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="156" />
      <source>&amp;New passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="161" />
      <source>New passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="170" />
      <source>Backups made before the change still open with the passphrase that was in use when they were made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="178" />
      <source>Change &amp;passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="207" />
      <location filename="../../gui/recovery_key_dialog.py" line="124" />
      <source>Enter the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="208" />
      <source>Enter the current passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="209" />
      <source>It proves that you, not just anyone at this computer, are changing it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="211" />
      <source>Choose a stronger new passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="212" />
      <source>Four or more unrelated words are strong and easy to remember, e.g. “lantern-orbit-pepper-canal”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="215" />
      <source>The two new passphrases are not the same</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="216" />
      <source>Type the new passphrase again in both fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="218" />
      <source>The new passphrase is the current one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="219" />
      <source>Choose a passphrase you have not used for this register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="232" />
      <source>Checking the current passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="234" />
      <location filename="../../gui/key_dialogs.py" line="252" />
      <source>Changing the passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="240" />
      <source>The passphrase of “{0}” was changed: use the new one from the next unlock. The recovery key is unchanged and still works. Backups made before now open with the old passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="247" />
      <source>The passphrase could not be changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/key_dialogs.py" line="251" />
      <source>Changing the passphrase… (this takes a few seconds)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="45" />
      <location filename="../../gui/recovery_key_dialog.py" line="95" />
      <source>New recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="52" />
      <source>&amp;Issue a new key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="65" />
      <source>A new recovery key replaces the current one. From then on only the new key opens “{0}” if the passphrase is forgotten: the old key stops working. Issue a new key when the old one is lost, or someone else may have seen it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="69" />
      <location filename="../../gui/recovery_key_dialog.py" line="72" />
      <source>&amp;Passphrase, to confirm:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="70" />
      <source>Confirm with the current &amp;recovery key instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="72" />
      <source>&amp;Current recovery key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="85" />
      <source>Your new recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="92" />
      <source>It is shown only now. Save it as a PDF or print it, and keep it somewhere safe, away from this computer. The old recovery key no longer opens the register: destroy its copies. (Backups made before now still open with the old key, so keep them as safe as a key.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="111" />
      <source>I have &amp;stored the new recovery key somewhere safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="124" />
      <source>Enter the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="125" />
      <source>It proves that you, not just anyone at this computer, are replacing the recovery key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="133" />
      <source>Checking the passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="144" />
      <source>No new recovery key was issued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="148" />
      <location filename="../../gui/recovery_key_dialog.py" line="149" />
      <source>Issuing a new recovery key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="162" />
      <source>&amp;Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="184" />
      <source>Close without the new recovery key?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_key_dialog.py" line="185" />
      <source>The new recovery key will not be shown again, and the old one no longer works. If you close now and forget the passphrase, the register cannot be opened.

Close anyway?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TeamPassword</name>
    <message>
      <location filename="../../gui/team_password.py" line="79" />
      <source>&amp;Again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="72" />
      <source>&amp;Hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="144" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="58" />
      <source>&amp;Type a password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="59" />
      <source>&amp;Make one for me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="60" />
      <source>Five groups of four letters and digits: strong, and easy to pass on by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="70" />
      <source>New password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="72" />
      <source>S&amp;how</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="73" />
      <source>Show the password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="74" />
      <source>New password again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="75" />
      <source>Type it a second time, so a typing mistake cannot lock anyone out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="76" />
      <source>&amp;New password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="91" />
      <source>The password made for them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="92" />
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="94" />
      <source>Copy it to the clipboard; it is wiped from there after 30 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="98" />
      <source>Shown only now: give it to them in person, and ask them to choose their own with File → Change my password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="122" />
      <source>Type the new password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="124" />
      <source>The two passwords are not the same: type the new one again in both fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="196" />
      <source>Change my password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="198" />
      <source>Your new password for {0} as {1}. From now on you sign in with it; your copy of the team key is locked with it too. Choose one that is hard to guess: a few unrelated words work well.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="208" />
      <source>&amp;Change password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="218" />
      <source>That is the password you have now; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_password.py" line="230" />
      <source>Changing your password…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecoverySheet</name>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="159" />
      <source>Print the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="55" />
      <location filename="../../gui/recovery_sheet.py" line="108" />
      <source>Atlas Desktop recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="55" />
      <source>Organisation:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="55" />
      <source>Register file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="56" />
      <source>Created:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="57" />
      <source>This key opens the register if the passphrase is forgotten. It is the only way back in: Atlas Desktop cannot show it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="59" />
      <source>Keep this somewhere safe,</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="60" />
      <source>away from the computer (a locked drawer or safe). Anyone who has this key and the register file can read the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="62" />
      <source>How to use it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="62" />
      <source>In Atlas Desktop:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="63" />
      <source>open the register (“Open a register…” or its name under Recent registers). In the unlock window tick “Use the recovery key instead”, type the key and click Unlock. Capitals, spaces and dashes do not matter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="66" />
      <source>To choose a new passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="67" />
      <source>in Atlas Desktop, once unlocked with this key: File › Security › Change passphrase…, and tick “I will type the recovery key instead”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="69" />
      <source>Or</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="70" />
      <source>(on the command line): type the whole key on one line into a text file, for example KEY.txt, and run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="72" />
      <source>then delete KEY.txt. This key keeps working afterwards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="141" />
      <source>Save the recovery key as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="142" />
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="151" />
      <source>Saved to {0}. Keep a copy away from this computer too (a USB stick in a drawer, or on paper).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/recovery_sheet.py" line="163" />
      <source>Sent to the printer. Keep the sheet somewhere safe.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SecurityMenu</name>
    <message>
      <location filename="../../gui/security_menu.py" line="142" />
      <source>Backup restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/security_menu.py" line="28" />
      <source>File › Security › {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/security_menu.py" line="33" />
      <source>so the passphrase may no longer open the register: set a new one now with {0} (confirming with the recovery key)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/security_menu.py" line="34" />
      <source>Change passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/security_menu.py" line="35" />
      <source>so your recovery key may no longer open the register: issue a new one now with {0} (and keep it in place of the old one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/security_menu.py" line="36" />
      <source>New recovery key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/security_menu.py" line="37" />
      <source>so this computer may no longer open the register without the passphrase: tick “Remember on this computer” the next time you unlock it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/security_menu.py" line="62" />
      <source>Securit&amp;y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/security_menu.py" line="72" />
      <source>Change &amp;passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/security_menu.py" line="73" />
      <source>New &amp;recovery key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/security_menu.py" line="74" />
      <source>Restore from &amp;backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/security_menu.py" line="76" />
      <source>Export signing &amp;certificate…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/security_menu.py" line="80" />
      <source>A team register is backed up and restored by whoever runs its server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/security_menu.py" line="106" />
      <source>Passphrase changed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <location filename="../../gui/dialogs.py" line="45" />
      <source>The file could not be written or read: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="48" />
      <source>Something went wrong ({0}). Nothing was lost: the register is unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="85" />
      <source>Unencrypted export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="86" />
      <source>The file you are about to write is not encrypted. Anyone who can open it can read the personal data in it. Keep it somewhere safe and delete it when you no longer need it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="88" />
      <source>Export anyway</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IntegrityCheck</name>
    <message>
      <location filename="../../gui/integrity_check.py" line="26" />
      <source>…and {0} more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/integrity_check.py" line="27" />
      <source>These records differ from the audit trail: they were changed outside Atlas, or the trail was cut. Nothing was changed now.

{0}

Run 'atlas doctor' for the full list, and restore a backup you trust (File › Security › Restore from backup…) if you did not expect this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/integrity_check.py" line="38" />
      <source>Audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/integrity_check.py" line="48" />
      <source>Records changed outside Atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/integrity_check.py" line="53" />
      <source>Checking the records against the audit trail</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Restoring</name>
    <message>
      <location filename="../../gui/restoring.py" line="35" />
      <source>&amp;Passphrase of the backup (the one in use when it was made):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restoring.py" line="38" />
      <source>Passphrase of the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restoring.py" line="41" />
      <source>This is the &amp;recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restoring.py" line="42" />
      <source>This is the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restoring.py" line="56" />
      <source>Enter the passphrase of the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restoring.py" line="57" />
      <source>A backup opens with the passphrase (or recovery key) that was in use when it was made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restoring.py" line="66" />
      <source> The register it replaced was kept as {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restoring.py" line="68" />
      <source>Restored “{0}” from the backup {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restoring.py" line="76" />
      <source>The key file of “{0}” was restored from the backup {1}; the register's data was not touched. It now opens with the passphrase and recovery key that were in use when that backup was made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/restoring.py" line="79" />
      <source> The key file it replaced was kept as {0}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TeamApp</name>
    <message>
      <location filename="../../gui/team_app.py" line="72" />
      <source>A team register is backed up by whoever runs its server. Export spreadsheet writes a readable copy here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_app.py" line="75" />
      <source>You are signed in as a reader: you can read this register but not change it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_app.py" line="111" />
      <source>Password changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gui/team_app.py" line="112" />
      <source>Your password was changed, and your copy of the team key now opens with it. Sign in with the new password from now on.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>