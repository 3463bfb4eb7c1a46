<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Logistics</source>
            <comment>Nothing was generated (provider OPS): this provider handles it outside REVER. Nothing needs to be done here.</comment>
            <translation>Logistics</translation>
        </message>
        <message>
            <source>Logistics</source>
            <comment>{what} created: {id}.</comment>
            <translation>Logistics</translation>
        </message>
        <message>
            <source>Logistics</source>
            <comment>{what} created.</comment>
            <translation>Logistics</translation>
        </message>
        <message>
            <source>Address</source>
            <comment>the street address</comment>
            <translation>Address</translation>
        </message>
        <message>
            <source>Address</source>
            <comment>the postcode</comment>
            <translation>Address</translation>
        </message>
        <message>
            <source>Address</source>
            <comment>the city</comment>
            <translation>Address</translation>
        </message>
        <message>
            <source>Address</source>
            <comment>the country</comment>
            <translation>Address</translation>
        </message>
        <message>
            <source>Address</source>
            <comment>{title}: {fields} missing.</comment>
            <translation>Address</translation>
        </message>
        <message>
            <source>Address</source>
            <comment>Not sent: complete the addresses first.</comment>
            <translation>Address</translation>
        </message>
        <message>
            <source>Address</source>
            <comment>The warehouse address comes from Settings: save it there once and every order has it.</comment>
            <translation>Address</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About revdesk</source>
            <translation>About revdesk</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Log file</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>API address</translation>
        </message>
        <message>
            <source>&amp;Copy diagnostics</source>
            <translation>&amp;Copy diagnostics</translation>
        </message>
        <message>
            <source>Version, Python and Qt versions, the settings (never the API key) and the last errors of the log, to paste into a message to support.</source>
            <translation>Version, Python and Qt versions, the settings (never the API key) and the last errors of the log, to paste into a message to support.</translation>
        </message>
        <message>
            <source>revdesk — the returns-desk station for REVER</source>
            <translation>revdesk — the returns-desk station for REVER</translation>
        </message>
        <message>
            <source>the built-in sandbox (no API key set)</source>
            <translation>the built-in sandbox (no API key set)</translation>
        </message>
        <message>
            <source>Copied: paste it into your message to support.</source>
            <translation>Copied: paste it into your message to support.</translation>
        </message>
    </context>
    <context>
        <name>BulkStatusDialog</name>
        <message>
            <source>Set status of {n} returns</source>
            <translation>Set status of {n} returns</translation>
        </message>
        <message>
            <source>Set the shipping status of {n} selected returns to:</source>
            <translation>Set the shipping status of {n} selected returns to:</translation>
        </message>
        <message>
            <source>&amp;Start…</source>
            <translation>&amp;Start…</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <extracomment>The question before the change (None until Start is clicked).</extracomment>
            <translation>S&amp;top</translation>
        </message>
        <message>
            <source>%v of %m</source>
            <translation>%v of %m</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Process</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>Set {n} returns to {status}?</source>
            <translation>Set {n} returns to {status}?</translation>
        </message>
        <message>
            <source>Set the shipping status of the {n} selected returns to {status}?</source>
            <translation>Set the shipping status of the {n} selected returns to {status}?</translation>
        </message>
        <message>
            <source>Set {n} returns to {status}</source>
            <translation>Set {n} returns to {status}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Sending {status} to {n} returns…</source>
            <translation>Sending {status} to {n} returns…</translation>
        </message>
        <message>
            <source>Bulk status</source>
            <translation>Bulk status</translation>
        </message>
        <message>
            <source>✔ set</source>
            <translation>✔ set</translation>
        </message>
        <message>
            <source>⏳ queued</source>
            <translation>⏳ queued</translation>
        </message>
        <message>
            <source>not sent (stopped)</source>
            <translation>not sent (stopped)</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>✖ {reason}</source>
            <translation>✖ {reason}</translation>
        </message>
        <message>
            <source>Done: {done} set, {queued} queued, {failed} failed, {cancelled} not sent ({limited} times asked to slow down) in {seconds:.1f} s</source>
            <translation>Done: {done} set, {queued} queued, {failed} failed, {cancelled} not sent ({limited} times asked to slow down) in {seconds:.1f} s</translation>
        </message>
    </context>
    <context>
        <name>EntriesModel</name>
        <message>
            <source>Process</source>
            <translation>Process</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>Tries</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Queued at</source>
            <translation>Queued at</translation>
        </message>
        <message>
            <source>was {status}</source>
            <translation>was {status}</translation>
        </message>
    </context>
    <context>
        <name>ErrorPresenter</name>
        <message>
            <source>Something went wrong inside the station ({kind}). It keeps running; the details are in the log.</source>
            <translation>Something went wrong inside the station ({kind}). It keeps running; the details are in the log.</translation>
        </message>
        <message>
            <source>{context}: {message}</source>
            <translation>{context}: {message}</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>revdesk — this station's data</source>
            <translation>revdesk — this station's data</translation>
        </message>
        <message>
            <source>revdesk — station settings</source>
            <translation>revdesk — station settings</translation>
        </message>
        <message>
            <source>revdesk</source>
            <translation>revdesk</translation>
        </message>
        <message>
            <source>REVER</source>
            <translation>REVER</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more (see the log).</source>
            <translation>
                <numerusform>…and %n more (see the log).</numerusform>
                <numerusform>…and %n more (see the log).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventsModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Process</translation>
        </message>
        <message>
            <source>Old → new</source>
            <translation>Old → new</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Undo: sending…</source>
            <translation>Undo: sending…</translation>
        </message>
        <message>
            <source>{pid}: sending…</source>
            <translation>{pid}: sending…</translation>
        </message>
        <message>
            <source>Waiting for REVER's answer.</source>
            <translation>Waiting for REVER's answer.</translation>
        </message>
        <message>
            <source>was {status}</source>
            <translation>was {status}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>undo of {pid} queued</source>
            <translation>undo of {pid} queued</translation>
        </message>
        <message>
            <source>{pid} {status} queued</source>
            <translation>{pid} {status} queued</translation>
        </message>
        <message>
            <source>No connection: it will be sent as soon as REVER answers.</source>
            <translation>No connection: it will be sent as soon as REVER answers.</translation>
        </message>
        <message>
            <source>{pid} {status} not sent</source>
            <translation>{pid} {status} not sent</translation>
        </message>
        <message>
            <source>A later change of this return replaced it (a later scan, the terminal or another window).</source>
            <translation>A later change of this return replaced it (a later scan, the terminal or another window).</translation>
        </message>
        <message>
            <source>{pid} already {status}</source>
            <translation>{pid} already {status}</translation>
        </message>
        <message>
            <source>nothing changed (scanned twice?)</source>
            <translation>nothing changed (scanned twice?)</translation>
        </message>
        <message>
            <source>shown in the detail</source>
            <translation>shown in the detail</translation>
        </message>
        <message numerus="yes">
            <source>%n returns match “{text}”</source>
            <translation>
                <numerusform>%n return matches “{text}”</numerusform>
                <numerusform>%n returns match “{text}”</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed. Press 1–{n} to choose, or scan another barcode of the parcel.</source>
            <translation>Nothing was changed. Press 1–{n} to choose, or scan another barcode of the parcel.</translation>
        </message>
        <message>
            <source>Pick one in the list below and press Enter to open it.</source>
            <translation>Pick one in the list below and press Enter to open it.</translation>
        </message>
        <message>
            <source>{pid} back to {status}</source>
            <translation>{pid} back to {status}</translation>
        </message>
        <message>
            <source>undo of {status}</source>
            <translation>undo of {status}</translation>
        </message>
        <message>
            <source>Nothing undone</source>
            <translation>Nothing undone</translation>
        </message>
        <message>
            <source>The last scan ({pid}) is more than {limit} s old: press Ctrl+Z again to be asked whether to undo it.</source>
            <translation>The last scan ({pid}) is more than {limit} s old: press Ctrl+Z again to be asked whether to undo it.</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Nothing to undo</translation>
        </message>
        <message>
            <source>Nothing readable was scanned.</source>
            <translation>Nothing readable was scanned.</translation>
        </message>
        <message>
            <source>A process id has no spaces. Nothing was sent.</source>
            <translation>A process id has no spaces. Nothing was sent.</translation>
        </message>
        <message>
            <source>Far too long for a process id. Nothing was sent.</source>
            <translation>Far too long for a process id. Nothing was sent.</translation>
        </message>
        <message>
            <source>A process id has no control characters. Nothing was sent.</source>
            <translation>A process id has no control characters. Nothing was sent.</translation>
        </message>
        <message>
            <source>Not in the station's list as a tracking or order number either. Scan the REVER return label. Nothing was sent.</source>
            <translation>Not in the station's list as a tracking or order number either. Scan the REVER return label. Nothing was sent.</translation>
        </message>
        <message>
            <source>This is not a process id</source>
            <translation>This is not a process id</translation>
        </message>
        <message>
            <source>Unknown return {pid}</source>
            <translation>Unknown return {pid}</translation>
        </message>
        <message>
            <source>No return has this process id, tracking or order number</source>
            <translation>No return has this process id, tracking or order number</translation>
        </message>
        <message>
            <source>tried {what}</source>
            <translation>tried {what}</translation>
        </message>
        <message>
            <source>Put the parcel aside.</source>
            <translation>Put the parcel aside.</translation>
        </message>
        <message>
            <source>REVER has no return with this id. Put the parcel aside.</source>
            <translation>REVER has no return with this id. Put the parcel aside.</translation>
        </message>
        <message>
            <source>{pid} is CANCELLED</source>
            <translation>{pid} is CANCELLED</translation>
        </message>
        <message>
            <source>not changed: put the parcel aside for the lead</source>
            <translation>not changed: put the parcel aside for the lead</translation>
        </message>
        <message>
            <source>{pid} NOT sent</source>
            <translation>{pid} NOT sent</translation>
        </message>
        <message>
            <source>Scan it again when the station is online.</source>
            <translation>Scan it again when the station is online.</translation>
        </message>
        <message>
            <source>{pid} not changed</source>
            <translation>{pid} not changed</translation>
        </message>
        <message>
            <source>Sounds off: no audio device</source>
            <extracomment>How long after the window is shown the sounds are loaded. Why the sounds cannot play, in the operator's words; "" once they can again. Record what would play without touching the audio device (tests, benchmarks).</extracomment>
            <translation>Sounds off: no audio device</translation>
        </message>
        <message>
            <source>Sounds off: the audio device cannot play them</source>
            <translation>Sounds off: the audio device cannot play them</translation>
        </message>
    </context>
    <context>
        <name>FeedbackBanner</name>
        <message>
            <source>Undo  {keys}</source>
            <extracomment>The banner's symbol, logical pixels square: as tall as the title's capitals and more.</extracomment>
            <translation>Undo  {keys}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Ready: scan a parcel</source>
            <translation>Ready: scan a parcel</translation>
        </message>
        <message>
            <source>The scan box has the focus. Results appear here.</source>
            <translation>The scan box has the focus. Results appear here.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Status change</source>
            <extracomment>The event itself, for the view and tests.</extracomment>
            <translation>Status change</translation>
        </message>
        <message>
            <source>Label upload</source>
            <translation>Label upload</translation>
        </message>
        <message>
            <source>Logistic order</source>
            <translation>Logistic order</translation>
        </message>
        <message>
            <source>Pickup request</source>
            <translation>Pickup request</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Setting change</source>
            <translation>Setting change</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>delivered</translation>
        </message>
        <message>
            <source>replaced by a later change</source>
            <translation>replaced by a later change</translation>
        </message>
        <message>
            <source>discarded</source>
            <translation>discarded</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>History</source>
            <extracomment>Events listed at once (the newest); the export always has every matching event. Opened from the window: the log is read once the dialog is active, or this long after it is shown when nothing activates it.</extracomment>
            <translation>History</translation>
        </message>
        <message>
            <source>Reading the history…</source>
            <extracomment>Prints again the label of a print event (the label actions'), if given. Whether the log was read for the first time. Opened from the window, the reading (a second or more on a long log) waits until the dialog is up: done here, it held the loop while the window was already blocked by the dialog, and a scanner's keys sent meanwhile were addressed to that blocked window, which Qt drops (QA F20).</extracomment>
            <translation>Reading the history…</translation>
        </message>
        <message>
            <source>This shift</source>
            <translation>This shift</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Everything</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Every action</translation>
        </message>
        <message>
            <source>Every result</source>
            <translation>Every result</translation>
        </message>
        <message>
            <source>process id contains…</source>
            <translation>process id contains…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Export CSV…</translation>
        </message>
        <message>
            <source>Re&amp;print this label</source>
            <translation>Re&amp;print this label</translation>
        </message>
        <message>
            <source>Parcels whose scan REVER confirmed, undone ones excluded, per hour and status (the time range above applies):</source>
            <translation>Parcels whose scan REVER confirmed, undone ones excluded, per hour and status (the time range above applies):</translation>
        </message>
        <message>
            <source>&amp;Events</source>
            <translation>&amp;Events</translation>
        </message>
        <message>
            <source>Shift &amp;summary</source>
            <translation>Shift &amp;summary</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Printing the label of {pid} again…</source>
            <translation>Printing the label of {pid} again…</translation>
        </message>
        <message>
            <source>{n} event(s), newest first.</source>
            <translation>{n} event(s), newest first.</translation>
        </message>
        <message>
            <source>The newest {n} events (narrow the filters, or export them all).</source>
            <translation>The newest {n} events (narrow the filters, or export them all).</translation>
        </message>
        <message>
            <source>{n} parcel(s) received.</source>
            <translation>{n} parcel(s) received.</translation>
        </message>
        <message>
            <source>This shift started {when}.</source>
            <translation>This shift started {when}.</translation>
        </message>
        <message>
            <source>Still waiting to be sent: {pending}; refused: {failed}.</source>
            <translation>Still waiting to be sent: {pending}; refused: {failed}.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>CSV files for Excel, semicolon-separated (*.csv)</source>
            <translation>CSV files for Excel, semicolon-separated (*.csv)</translation>
        </message>
        <message>
            <source>Export the history as CSV</source>
            <translation>Export the history as CSV</translation>
        </message>
        <message>
            <source>Not exported: {path} {why}; choose a file.</source>
            <translation>Not exported: {path} {why}; choose a file.</translation>
        </message>
        <message>
            <source>Not exported: {path} could not be written ({why}).</source>
            <translation>Not exported: {path} could not be written ({why}).</translation>
        </message>
        <message>
            <source>{n} event(s) exported to {path}.</source>
            <translation>{n} event(s) exported to {path}.</translation>
        </message>
    </context>
    <context>
        <name>LabelActions</name>
        <message>
            <source>&amp;Print label</source>
            <extracomment>Every print, reprint and label upload is recorded here, ok or failed with why. Returns whose intake label was printed after a scan: once per parcel. Read when an action runs (``settings.current``), so a change saved in Settings is used by the next label without a restart.</extracomment>
            <translation>&amp;Print label</translation>
        </message>
        <message>
            <source>&amp;Reprint last label</source>
            <translation>&amp;Reprint last label</translation>
        </message>
        <message>
            <source>Print &amp;intake label</source>
            <translation>Print &amp;intake label</translation>
        </message>
        <message>
            <source>&amp;Save label as PDF…</source>
            <translation>&amp;Save label as PDF…</translation>
        </message>
        <message>
            <source>Save intake label as P&amp;DF…</source>
            <translation>Save intake label as P&amp;DF…</translation>
        </message>
        <message>
            <source>&amp;Manual logistic order…</source>
            <translation>&amp;Manual logistic order…</translation>
        </message>
        <message>
            <source>Create &amp;logistic order…</source>
            <translation>Create &amp;logistic order…</translation>
        </message>
        <message>
            <source>Request pic&amp;kup…</source>
            <translation>Request pic&amp;kup…</translation>
        </message>
        <message>
            <source>&amp;Batch print selection</source>
            <translation>&amp;Batch print selection</translation>
        </message>
        <message>
            <source>Label print&amp;ers…</source>
            <translation>Label print&amp;ers…</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Reprint</translation>
        </message>
        <message>
            <source>Intake label</source>
            <translation>Intake label</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>Manual order</source>
            <translation>Manual order</translation>
        </message>
        <message>
            <source>Logistic order</source>
            <translation>Logistic order</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>Pickup</translation>
        </message>
        <message>
            <source>Batch print</source>
            <translation>Batch print</translation>
        </message>
        <message>
            <source>Intake PDF</source>
            <translation>Intake PDF</translation>
        </message>
        <message>
            <source>Printers</source>
            <translation>Printers</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>&amp;Labels</translation>
        </message>
        <message>
            <source>Select a return first.</source>
            <translation>Select a return first.</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Scaled down to fit the label: {names}.</source>
            <translation>Scaled down to fit the label: {names}.</translation>
        </message>
        <message>
            <source>Print label</source>
            <translation>Print label</translation>
        </message>
        <message>
            <source>Reprint last</source>
            <translation>Reprint last</translation>
        </message>
        <message>
            <source>That line of the history is not about one return.</source>
            <translation>That line of the history is not about one return.</translation>
        </message>
        <message>
            <source>Intake label for {pid} not printed: {why}</source>
            <translation>Intake label for {pid} not printed: {why}</translation>
        </message>
        <message>
            <source>{pid}: not printed ({why})</source>
            <translation>{pid}: not printed ({why})</translation>
        </message>
        <message>
            <source>None of the selected returns has a label to print.</source>
            <translation>None of the selected returns has a label to print.</translation>
        </message>
        <message>
            <source>Fetching and printing labels…</source>
            <translation>Fetching and printing labels…</translation>
        </message>
        <message>
            <source>Carrier labels print on {carrier}; intake labels on {intake}.</source>
            <translation>Carrier labels print on {carrier}; intake labels on {intake}.</translation>
        </message>
        <message>
            <source>Save intake label as PDF</source>
            <translation>Save intake label as PDF</translation>
        </message>
        <message>
            <source>Save label as PDF</source>
            <translation>Save label as PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Intake label for {pid}</source>
            <translation>Intake label for {pid}</translation>
        </message>
        <message>
            <source>Carrier label for {pid}</source>
            <translation>Carrier label for {pid}</translation>
        </message>
        <message numerus="yes">
            <source>Intake labels for %n returns</source>
            <translation>
                <numerusform>Intake label for %n return</numerusform>
                <numerusform>Intake labels for %n returns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Carrier labels for %n returns</source>
            <translation>
                <numerusform>Carrier label for %n return</numerusform>
                <numerusform>Carrier labels for %n returns</numerusform>
            </translation>
        </message>
        <message>
            <source>{subject} saved as {file}</source>
            <translation>{subject} saved as {file}</translation>
        </message>
        <message numerus="yes">
            <source>{subject} saved in {folder} (%n files)</source>
            <translation>
                <numerusform>{subject} saved in {folder} (%n file)</numerusform>
                <numerusform>{subject} saved in {folder} (%n files)</numerusform>
            </translation>
        </message>
        <message>
            <source>{subject} printed on {printer}</source>
            <translation>{subject} printed on {printer}</translation>
        </message>
    </context>
    <context>
        <name>LabelPrinter</name>
        <message>
            <source>There is nothing to print.</source>
            <extracomment>The last job sent to a printer (its role and labels), for "Reprint last".</extracomment>
            <translation>There is nothing to print.</translation>
        </message>
        <message>
            <source>No {role} printer is chosen yet (Labels → Label printers…): nothing was printed.</source>
            <translation>No {role} printer is chosen yet (Labels → Label printers…): nothing was printed.</translation>
        </message>
        <message>
            <source>Nothing has been printed yet on this station.</source>
            <translation>Nothing has been printed yet on this station.</translation>
        </message>
    </context>
    <context>
        <name>LogisticOrderDialog</name>
        <message>
            <source>Logistic order</source>
            <translation>Logistic order</translation>
        </message>
        <message>
            <source>Create logistic order — {pid}</source>
            <translation>Create logistic order — {pid}</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Carrier</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Return type</source>
            <translation>Return type</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Customer address</source>
            <translation>Customer address</translation>
        </message>
        <message>
            <source>Warehouse address</source>
            <translation>Warehouse address</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Create logistic order</source>
            <translation>Create logistic order</translation>
        </message>
    </context>
    <context>
        <name>LogisticsRequestDialog</name>
        <message>
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <source>Still sending: wait for REVER's answer.</source>
            <translation>Still sending: wait for REVER's answer.</translation>
        </message>
        <message>
            <source>Not sent.</source>
            <translation>Not sent.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Labels</source>
            <extracomment>Below this window height (a 1024x768 or 1366x768 screen) the recent scans keep three rows. After the list's first load: the dialogs' modules are imported then. The list's first load is over (its first page listed, or the load failed): what the start-up put off until then (sounds, connection checks, the heap's settling) may run. Resolved by closeEvent; made on first use, so a close that comes before anyone waits (a quit at start-up) is not missed.</extracomment>
            <translation>Labels</translation>
        </message>
        <message>
            <source>&amp;Undo last scan</source>
            <translation>&amp;Undo last scan</translation>
        </message>
        <message>
            <source>Go to the &amp;scan box</source>
            <translation>Go to the &amp;scan box</translation>
        </message>
        <message>
            <source>S&amp;can</source>
            <translation>S&amp;can</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Quit the station?</source>
            <translation>Quit the station?</translation>
        </message>
        <message numerus="yes">
            <source>%n scan(s) still waiting to be sent to REVER. They are kept and sent when the station runs again, but not while it is closed.</source>
            <translation>
                <numerusform>%n scan still waiting to be sent to REVER. They are kept and sent when the station runs again, but not while it is closed.</numerusform>
                <numerusform>%n scans still waiting to be sent to REVER. They are kept and sent when the station runs again, but not while it is closed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Quit anyway</source>
            <translation>Quit anyway</translation>
        </message>
        <message>
            <source>Keep the station open</source>
            <translation>Keep the station open</translation>
        </message>
        <message>
            <source>revdesk — station {name}</source>
            <translation>revdesk — station {name}</translation>
        </message>
        <message>
            <source> — SANDBOX</source>
            <translation> — SANDBOX</translation>
        </message>
    </context>
    <context>
        <name>ManualOrderDialog</name>
        <message>
            <source>Manual logistic order</source>
            <extracomment>The dialog's width where the screen has it: the address fields whole beside the preview. A label has a page or two; a 40-page PDF is a wrong file, and its preview would be slow. The station's returns list: the first place a tracking id already used is found. The tracking id the operator confirmed (or that no other return has): sent as is.</extracomment>
            <translation>Manual logistic order</translation>
        </message>
        <message>
            <source>Manual logistic order — {pid}</source>
            <translation>Manual logistic order — {pid}</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Submit</translation>
        </message>
        <message>
            <source>Print label</source>
            <translation>Print label</translation>
        </message>
        <message>
            <source>Drop the carrier's label file here (PDF, PNG or JPG), or choose it.</source>
            <translation>Drop the carrier's label file here (PDF, PNG or JPG), or choose it.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Carrier</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Return method</source>
            <translation>Return method</translation>
        </message>
        <message>
            <source>Tracking id</source>
            <translation>Tracking id</translation>
        </message>
        <message>
            <source>Tracking URL</source>
            <translation>Tracking URL</translation>
        </message>
        <message>
            <source>From (the customer)</source>
            <translation>From (the customer)</translation>
        </message>
        <message>
            <source>To (this warehouse)</source>
            <translation>To (this warehouse)</translation>
        </message>
        <message>
            <source>Carrier label</source>
            <translation>Carrier label</translation>
        </message>
        <message>
            <source>Choose the label file first.</source>
            <translation>Choose the label file first.</translation>
        </message>
        <message>
            <source>Checking that no other return has this tracking id…</source>
            <translation>Checking that no other return has this tracking id…</translation>
        </message>
        <message>
            <source>Check the tracking id</source>
            <translation>Check the tracking id</translation>
        </message>
        <message>
            <source>The tracking id {tracking} is already on return {pids}. One parcel has one tracking id: check the label. If it is right, press “Submit anyway”.</source>
            <translation>The tracking id {tracking} is already on return {pids}. One parcel has one tracking id: check the label. If it is right, press “Submit anyway”.</translation>
        </message>
        <message>
            <source>Submit anyway</source>
            <translation>Submit anyway</translation>
        </message>
        <message>
            <source>Not sent.</source>
            <translation>Not sent.</translation>
        </message>
    </context>
    <context>
        <name>MatchesModel</name>
        <message>
            <source>Key</source>
            <extracomment>A digit is the operator's choice once no other key followed it for this long: longer than a slow scanner's gap between keys, so a read starting with a digit is never a choice. Rows shown without scrolling: as many as there are digit keys to choose them.</extracomment>
            <translation>Key</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Process</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Tracking</translation>
        </message>
    </context>
    <context>
        <name>OneWindow</name>
        <message>
            <source>The station is already open on this computer (data folder {folder}). Use that window: two windows on one station would undo each other's settings.</source>
            <translation>The station is already open on this computer (data folder {folder}). Use that window: two windows on one station would undo each other's settings.</translation>
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <source>scan</source>
            <extracomment>The entry itself, for the view and tests.</extracomment>
            <translation>scan</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>undo</translation>
        </message>
        <message>
            <source>return detail</source>
            <translation>return detail</translation>
        </message>
        <message>
            <source>bulk change</source>
            <translation>bulk change</translation>
        </message>
        <message>
            <source>script (CLI)</source>
            <translation>script (CLI)</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>not sent yet</translation>
        </message>
        <message>
            <source>{reason} — next try at {when}</source>
            <translation>{reason} — next try at {when}</translation>
        </message>
        <message>
            <source>{reason} — trying again now</source>
            <translation>{reason} — trying again now</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <source>Outbox — changes not sent yet</source>
            <extracomment>Pending entries listed; the count says how many more there are. Outcomes arrive one per change (a thousand during a flush): the tables are read again at most this often, not once per outcome.</extracomment>
            <translation>Outbox — changes not sent yet</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>&amp;Send now</translation>
        </message>
        <message>
            <source>Try every waiting change now (Ctrl+Shift+O)</source>
            <translation>Try every waiting change now (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <source>&amp;Retry refused</source>
            <translation>&amp;Retry refused</translation>
        </message>
        <message>
            <source>Send the refused changes again, after the cause was fixed (e.g. the API key); never those no retry can help (a cancelled or unknown return)</source>
            <translation>Send the refused changes again, after the cause was fixed (e.g. the API key); never those no retry can help (a cancelled or unknown return)</translation>
        </message>
        <message>
            <source>&amp;Discard refused…</source>
            <translation>&amp;Discard refused…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Waiting to be sent (sent by themselves as soon as REVER answers):</source>
            <translation>Waiting to be sent (sent by themselves as soon as REVER answers):</translation>
        </message>
        <message>
            <source>Refused by REVER (never sent again unless you retry them):</source>
            <translation>Refused by REVER (never sent again unless you retry them):</translation>
        </message>
        <message>
            <source>{pending} waiting to be sent · {failed} refused</source>
            <translation>{pending} waiting to be sent · {failed} refused</translation>
        </message>
        <message>
            <source>…and {n} more.</source>
            <translation>…and {n} more.</translation>
        </message>
        <message>
            <source>Sending the waiting changes now…</source>
            <translation>Sending the waiting changes now…</translation>
        </message>
        <message>
            <source>{n} refused change(s) will be sent again.</source>
            <translation>{n} refused change(s) will be sent again.</translation>
        </message>
        <message>
            <source>{n} cannot succeed by retrying (a cancelled or unknown return): discard them once the lead has decided.</source>
            <translation>{n} cannot succeed by retrying (a cancelled or unknown return): discard them once the lead has decided.</translation>
        </message>
        <message>
            <source>Discard refused changes</source>
            <translation>Discard refused changes</translation>
        </message>
        <message>
            <source>Discard {n} refused change(s)? They will never be sent to REVER; the history keeps a record of each.</source>
            <translation>Discard {n} refused change(s)? They will never be sent to REVER; the history keeps a record of each.</translation>
        </message>
        <message>
            <source>{n} refused change(s) discarded.</source>
            <translation>{n} refused change(s) discarded.</translation>
        </message>
    </context>
    <context>
        <name>PickListDialog</name>
        <message>
            <source>Which return is this parcel?</source>
            <translation>Which return is this parcel?</translation>
        </message>
        <message numerus="yes">
            <source>“{text}” matches %n returns. Nothing was changed.</source>
            <translation>
                <numerusform>“{text}” matches %n return. Nothing was changed.</numerusform>
                <numerusform>“{text}” matches %n returns. Nothing was changed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Press 1–{n} for {action}, or scan another barcode of the parcel. Esc: none of them.</source>
            <translation>Press 1–{n} for {action}, or scan another barcode of the parcel. Esc: none of them.</translation>
        </message>
    </context>
    <context>
        <name>PickupDialog</name>
        <message>
            <source>Pickup</source>
            <translation>Pickup</translation>
        </message>
        <message>
            <source>Request pickup — {pid}</source>
            <translation>Request pickup — {pid}</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Carrier</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Pickup address</source>
            <translation>Pickup address</translation>
        </message>
        <message>
            <source>Request pickup</source>
            <translation>Request pickup</translation>
        </message>
    </context>
    <context>
        <name>PrinterProfileEditor</name>
        <message>
            <source>Carrier labels</source>
            <extracomment>The process id on a test label: no return has it, and it reads as what it is.</extracomment>
            <translation>Carrier labels</translation>
        </message>
        <message>
            <source>Intake labels</source>
            <translation>Intake labels</translation>
        </message>
        <message>
            <source>A printer of this computer</source>
            <translation>A printer of this computer</translation>
        </message>
        <message>
            <source>A folder (PDF files)</source>
            <translation>A folder (PDF files)</translation>
        </message>
        <message>
            <source>A ZPL label printer (Zebra)</source>
            <translation>A ZPL label printer (Zebra)</translation>
        </message>
        <message>
            <source>{name} (not found now)</source>
            <translation>{name} (not found now)</translation>
        </message>
        <message>
            <source>(this computer has no printer)</source>
            <translation>(this computer has no printer)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>zebra-1:9100, or cups:QUEUE</source>
            <translation>zebra-1:9100, or cups:QUEUE</translation>
        </message>
        <message>
            <source>4x6 in (101.6 x 152.4 mm)</source>
            <translation>4x6 in (101.6 x 152.4 mm)</translation>
        </message>
        <message>
            <source>Custom size</source>
            <translation>Custom size</translation>
        </message>
        <message>
            <source>{dpi} dpi</source>
            <translation>{dpi} dpi</translation>
        </message>
        <message>
            <source>Test print</source>
            <translation>Test print</translation>
        </message>
        <message>
            <source>&amp;Prints on:</source>
            <translation>&amp;Prints on:</translation>
        </message>
        <message>
            <source>&amp;Which:</source>
            <translation>&amp;Which:</translation>
        </message>
        <message>
            <source>Label &amp;stock:</source>
            <translation>Label &amp;stock:</translation>
        </message>
        <message>
            <source>&amp;Resolution:</source>
            <translation>&amp;Resolution:</translation>
        </message>
        <message>
            <source>Folder for the label PDFs</source>
            <translation>Folder for the label PDFs</translation>
        </message>
        <message>
            <source>carrier</source>
            <translation>carrier</translation>
        </message>
        <message>
            <source>intake</source>
            <translation>intake</translation>
        </message>
        <message>
            <source>The {which} label folder {folder} cannot be made: {why}.</source>
            <translation>The {which} label folder {folder} cannot be made: {why}.</translation>
        </message>
    </context>
    <context>
        <name>PrinterProfilesBox</name>
        <message>
            <source>Print an intake label for each parcel received</source>
            <translation>Print an intake label for each parcel received</translation>
        </message>
        <message>
            <source>Print the intake label after each parcel received (IN_WAREHOUSE confirmed)</source>
            <translation>Print the intake label after each parcel received (IN_WAREHOUSE confirmed)</translation>
        </message>
        <message>
            <source>Test label {done}</source>
            <translation>Test label {done}</translation>
        </message>
        <message>
            <source>Test print failed: {why}</source>
            <translation>Test print failed: {why}</translation>
        </message>
    </context>
    <context>
        <name>PrintersDialog</name>
        <message>
            <source>Label printers</source>
            <translation>Label printers</translation>
        </message>
    </context>
    <context>
        <name>ProcessDetail</name>
        <message>
            <source>No return open</source>
            <translation>No return open</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translation>Customer:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Order:</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Created:</translation>
        </message>
        <message>
            <source>Return method:</source>
            <translation>Return method:</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistics</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>Carrier:</translation>
        </message>
        <message>
            <source>Tracking:</source>
            <translation>Tracking:</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Method:</translation>
        </message>
        <message>
            <source>Pickups:</source>
            <translation>Pickups:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variant</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Set s&amp;tatus</source>
            <translation>Set s&amp;tatus</translation>
        </message>
        <message>
            <source>&amp;New status:</source>
            <translation>&amp;New status:</translation>
        </message>
        <message>
            <source>Set this return's shipping status by hand</source>
            <translation>Set this return's shipping status by hand</translation>
        </message>
        <message>
            <source>Open tracking page</source>
            <translation>Open tracking page</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Customer, logistics</source>
            <translation>Customer, logistics</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Status changes from this station</source>
            <translation>Status changes from this station</translation>
        </message>
        <message>
            <source>Enter or double-click a row, or scan with Look up (F7), to open a return here.</source>
            <translation>Enter or double-click a row, or scan with Look up (F7), to open a return here.</translation>
        </message>
        <message>
            <source>Loading {pid}…</source>
            <translation>Loading {pid}…</translation>
        </message>
        <message>
            <source>{pid} could not be opened: {reason}</source>
            <translation>{pid} could not be opened: {reason}</translation>
        </message>
        <message>
            <source>  (id {id})</source>
            <translation>  (id {id})</translation>
        </message>
        <message numerus="yes">
            <source>Items (%n)</source>
            <translation>
                <numerusform>Items (%n)</numerusform>
                <numerusform>Items (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Logistics not available: {reason}</source>
            <translation>Logistics not available: {reason}</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>sent</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>queued</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
    </context>
    <context>
        <name>ProcessListPanel</name>
        <message>
            <source>Stat&amp;us:</source>
            <extracomment>Searching the server for rows not loaded yet waits for a pause in typing. What each column is first made wide enough for (process, order, customer, status, method, carrier, tracking, created), measured in the table's font: at 1024 px the first four show whole beside the detail. Below this width the list's search goes under its status filter.</extracomment>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>S&amp;earch:</source>
            <translation>S&amp;earch:</translation>
        </message>
        <message>
            <source>id, order, customer, e-mail, tracking (Ctrl+F)</source>
            <translation>id, order, customer, e-mail, tracking (Ctrl+F)</translation>
        </message>
        <message>
            <source>id, order, customer, e-mail, tracking</source>
            <translation>id, order, customer, e-mail, tracking</translation>
        </message>
        <message>
            <source>id, order, name…</source>
            <translation>id, order, name…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Read the list again (Ctrl+R)</source>
            <translation>Read the list again (Ctrl+R)</translation>
        </message>
        <message>
            <source>Set status of selected…</source>
            <translation>Set status of selected…</translation>
        </message>
        <message>
            <source>Set status…</source>
            <translation>Set status…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>{shown} shown of {loaded} loaded</source>
            <translation>{shown} shown of {loaded} loaded</translation>
        </message>
        <message>
            <source> — more load as you scroll</source>
            <translation> — more load as you scroll</translation>
        </message>
        <message>
            <source> — scroll for more</source>
            <translation> — scroll for more</translation>
        </message>
        <message>
            <source> — saved list of {when}, being read again</source>
            <translation> — saved list of {when}, being read again</translation>
        </message>
        <message>
            <source> — saved list of {when}</source>
            <translation> — saved list of {when}</translation>
        </message>
        <message>
            <source> — loading…</source>
            <translation> — loading…</translation>
        </message>
        <message>
            <source>No return matches “{text}” with status {status}.</source>
            <translation>No return matches “{text}” with status {status}.</translation>
        </message>
        <message>
            <source>No return matches “{text}”.</source>
            <translation>No return matches “{text}”.</translation>
        </message>
        <message>
            <source>No return has status {status}.</source>
            <translation>No return has status {status}.</translation>
        </message>
        <message>
            <source>Not every return is loaded: REVER is searched too.</source>
            <translation>Not every return is loaded: REVER is searched too.</translation>
        </message>
        <message>
            <source>Searched: process id, order, customer, e-mail, tracking.</source>
            <translation>Searched: process id, order, customer, e-mail, tracking.</translation>
        </message>
        <message>
            <source>List not loaded: {reason} (Ctrl+R to retry)</source>
            <translation>List not loaded: {reason} (Ctrl+R to retry)</translation>
        </message>
    </context>
    <context>
        <name>ProcessTableModel</name>
        <message>
            <source>Process</source>
            <extracomment>Search keys made per slice of idle time (about 10 ms). A page could not be loaded (the error); fetching pauses until ``resume_fetching``. A page or a refresh came back from REVER: what ``load_failed`` said is over. While the rows come from the local cache, when they were saved; None once the API has been read again over all of them.</extracomment>
            <translation>Process</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Carrier</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Tracking</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>Address</source>
            <comment>a name (first or last name, or company)</comment>
            <extracomment>The edits that fill each need of :func:`~revdesk.domain.logistics.missing_address_fields`.</extracomment>
            <translation>Address</translation>
        </message>
    </context>
    <context>
        <name>RangePicker</name>
        <message>
            <source>Pickup time ranges</source>
            <translation>Pickup time ranges</translation>
        </message>
    </context>
    <context>
        <name>RecentScansModel</name>
        <message>
            <source>raw: {raw}</source>
            <extracomment>Each result's symbol in a colour readable on the row (white, or its severity's tint). seq -&gt; (outcome, display text, symbol) Scans whose parcel was left unreceived (a pick list dropped unchosen): red rows.</extracomment>
            <translation>raw: {raw}</translation>
        </message>
        <message>
            <source>“{text}”: no return chosen</source>
            <translation>“{text}”: no return chosen</translation>
        </message>
        <message>
            <source>not changed: scan it again</source>
            <translation>not changed: scan it again</translation>
        </message>
    </context>
    <context>
        <name>ReturnsActions</name>
        <message>
            <source>&amp;Find a return</source>
            <extracomment>The timer refresh reads at most this many rows again (a manual refresh reads all).</extracomment>
            <translation>&amp;Find a return</translation>
        </message>
        <message>
            <source>&amp;Refresh the list</source>
            <translation>&amp;Refresh the list</translation>
        </message>
        <message>
            <source>&amp;Load every page</source>
            <translation>&amp;Load every page</translation>
        </message>
        <message>
            <source>&amp;Open the current return</source>
            <translation>&amp;Open the current return</translation>
        </message>
        <message>
            <source>Set status of &amp;selected…</source>
            <translation>Set status of &amp;selected…</translation>
        </message>
        <message>
            <source>Change the open return's s&amp;tatus</source>
            <translation>Change the open return's s&amp;tatus</translation>
        </message>
        <message>
            <source>&amp;Returns</source>
            <translation>&amp;Returns</translation>
        </message>
        <message>
            <source>Open {pid}</source>
            <translation>Open {pid}</translation>
        </message>
        <message>
            <source>{pid} is already {status}.</source>
            <translation>{pid} is already {status}.</translation>
        </message>
        <message>
            <source>Setting {pid} to {status}…</source>
            <translation>Setting {pid} to {status}…</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>Not changed: {reason}</translation>
        </message>
        <message>
            <source>{pid} set to {status}.</source>
            <translation>{pid} set to {status}.</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Set status</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Load the list</source>
            <translation>Load the list</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Select returns in the list first (Shift/Ctrl + arrows, Ctrl+A).</source>
            <translation>Select returns in the list first (Shift/Ctrl + arrows, Ctrl+A).</translation>
        </message>
        <message>
            <source>Select returns in the list first.</source>
            <translation>Select returns in the list first.</translation>
        </message>
    </context>
    <context>
        <name>ScanPanel</name>
        <message>
            <source>Scan action:</source>
            <extracomment>The only Ctrl shortcuts the scan box keeps for itself. The pace of the keys typed since the last scanner-like key: a Tab ends a scan only after a scanner's burst.</extracomment>
            <translation>Scan action:</translation>
        </message>
        <message>
            <source>Scan here (or type a process id and Enter)</source>
            <translation>Scan here (or type a process id and Enter)</translation>
        </message>
        <message>
            <source>Scan here (or type an id)</source>
            <translation>Scan here (or type an id)</translation>
        </message>
        <message>
            <source>Scan here</source>
            <translation>Scan here</translation>
        </message>
        <message>
            <source>Scan box</source>
            <translation>Scan box</translation>
        </message>
        <message>
            <source>Recent scans</source>
            <extracomment>Open while a status scan's several matches wait for the operator's choice. Open while a CANCELED / ERROR scan waits for the operator's yes (setting scan.risky_actions = "confirm"), or an undo of an old scan does.</extracomment>
            <translation>Recent scans</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>Look up</translation>
        </message>
        <message>
            <source>raw: “{raw}”</source>
            <translation>raw: “{raw}”</translation>
        </message>
        <message>
            <source>{action}? Confirm on screen</source>
            <translation>{action}? Confirm on screen</translation>
        </message>
        <message>
            <source>Set {action}?</source>
            <translation>Set {action}?</translation>
        </message>
        <message>
            <source>Set the return scanned as “{raw}” to {action}?

The scan action stays {action}: every scan asks.</source>
            <translation>Set the return scanned as “{raw}” to {action}?

The scan action stays {action}: every scan asks.</translation>
        </message>
        <message>
            <source>Set {action}</source>
            <translation>Set {action}</translation>
        </message>
        <message>
            <source>Don't change it</source>
            <translation>Don't change it</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Nothing to undo</translation>
        </message>
        <message>
            <source>{s} s ago</source>
            <translation>{s} s ago</translation>
        </message>
        <message>
            <source>{m} min ago</source>
            <translation>{m} min ago</translation>
        </message>
        <message>
            <source>Undo an older scan?</source>
            <translation>Undo an older scan?</translation>
        </message>
        <message>
            <source>The last scan was {when}: {pid} set to {new}.

Undo it and set {pid} back to {old}? (Undo takes back a scan of the last {limit} s without asking.)</source>
            <translation>The last scan was {when}: {pid} set to {new}.

Undo it and set {pid} back to {old}? (Undo takes back a scan of the last {limit} s without asking.)</translation>
        </message>
        <message>
            <source>Undo {pid}</source>
            <translation>Undo {pid}</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Keep it</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting…</source>
            <translation>
                <numerusform>%n waiting…</numerusform>
                <numerusform>%n waiting…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Station settings</source>
            <extracomment>Offered as a starting point: the sandbox's (and REVER's demo) process ids.</extracomment>
            <translation>Station settings</translation>
        </message>
        <message>
            <source>unchanged (kept in the credential store)</source>
            <translation>unchanged (kept in the credential store)</translation>
        </message>
        <message>
            <source>Set for this run by the environment (wins over what you save here): {names}</source>
            <translation>Set for this run by the environment (wins over what you save here): {names}</translation>
        </message>
        <message>
            <source>e.g. {pattern} (empty: anything)</source>
            <translation>e.g. {pattern} (empty: anything)</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>Look up</translation>
        </message>
        <message>
            <source>go back to the default action</source>
            <translation>go back to the default action</translation>
        </message>
        <message>
            <source>stay, and ask before each scan</source>
            <translation>stay, and ask before each scan</translation>
        </message>
        <message>
            <source>scan here to try the clean-up</source>
            <translation>scan here to try the clean-up</translation>
        </message>
        <message>
            <source>Play a sound after every scan</source>
            <translation>Play a sound after every scan</translation>
        </message>
        <message>
            <source>at midnight</source>
            <translation>at midnight</translation>
        </message>
        <message>
            <source>when an operator signs in</source>
            <translation>when an operator signs in</translation>
        </message>
        <message>
            <source>This warehouse (the address on logistic orders)</source>
            <translation>This warehouse (the address on logistic orders)</translation>
        </message>
        <message>
            <source>Connection to REVER</source>
            <translation>Connection to REVER</translation>
        </message>
        <message>
            <source>API &amp;address:</source>
            <translation>API &amp;address:</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API &amp;key:</translation>
        </message>
        <message>
            <source>&amp;E-commerce id:</source>
            <translation>&amp;E-commerce id:</translation>
        </message>
        <message>
            <source>E-commerce &amp;group:</source>
            <translation>E-commerce &amp;group:</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Station &amp;name:</source>
            <translation>Station &amp;name:</translation>
        </message>
        <message>
            <source>&amp;Operator:</source>
            <translation>&amp;Operator:</translation>
        </message>
        <message>
            <source>A shift starts:</source>
            <translation>A shift starts:</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>Strip &amp;prefix:</source>
            <translation>Strip &amp;prefix:</translation>
        </message>
        <message>
            <source>Strip s&amp;uffix:</source>
            <translation>Strip s&amp;uffix:</translation>
        </message>
        <message>
            <source>Process id &amp;pattern (regex):</source>
            <translation>Process id &amp;pattern (regex):</translation>
        </message>
        <message>
            <source>&amp;Default scan action:</source>
            <translation>&amp;Default scan action:</translation>
        </message>
        <message>
            <source>After a CANCELED or ERROR scan:</source>
            <translation>After a CANCELED or ERROR scan:</translation>
        </message>
        <message>
            <source>&amp;Try:</source>
            <translation>&amp;Try:</translation>
        </message>
        <message>
            <source>The pattern is not valid: {error}</source>
            <translation>The pattern is not valid: {error}</translation>
        </message>
        <message>
            <source>✔ process id “{pid}”</source>
            <translation>✔ process id “{pid}”</translation>
        </message>
        <message>
            <source>✖ not a process id (“{raw}”)</source>
            <translation>✖ not a process id (“{raw}”)</translation>
        </message>
        <message>
            <source>Set the API address before the key.</source>
            <translation>Set the API address before the key.</translation>
        </message>
    </context>
    <context>
        <name>ShelfBanner</name>
        <message>
            <source>See the shelf</source>
            <extracomment>Outcomes come one per change: the shelf is read again at most this often. What another process was refused shows this soon at the latest.</extracomment>
            <translation>See the shelf</translation>
        </message>
        <message>
            <source>REVER refused {pid} — pull the parcel back; see the shelf</source>
            <translation>REVER refused {pid} — pull the parcel back; see the shelf</translation>
        </message>
        <message>
            <source>REVER refused {pid} — pull the parcel back</source>
            <translation>REVER refused {pid} — pull the parcel back</translation>
        </message>
        <message>
            <source>Refused: {pid}</source>
            <translation>Refused: {pid}</translation>
        </message>
        <message numerus="yes">
            <source>%n more on the shelf</source>
            <translation>
                <numerusform>%n more on the shelf</numerusform>
                <numerusform>%n more on the shelf</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShelfModel</name>
        <message>
            <source>Process</source>
            <extracomment>The ShelfItem itself, for the view and tests.</extracomment>
            <translation>Process</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>REVER said</source>
            <translation>REVER said</translation>
        </message>
        <message>
            <source>Scanned at</source>
            <translation>Scanned at</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>What to do</translation>
        </message>
    </context>
    <context>
        <name>ShelfView</name>
        <message>
            <source>Parcels to pull back</source>
            <extracomment>Outcomes arrive one per change: the table is read again at most this often.</extracomment>
            <translation>Parcels to pull back</translation>
        </message>
        <message>
            <source>REVER refused these scans after the station had said “queued”: the parcels went on with the received ones. Find each one and do what the last column says.</source>
            <translation>REVER refused these scans after the station had said “queued”: the parcels went on with the received ones. Find each one and do what the last column says.</translation>
        </message>
        <message>
            <source>&amp;Retry selected</source>
            <translation>&amp;Retry selected</translation>
        </message>
        <message>
            <source>Send the selected changes again: only those a retry can help (not a cancelled or unknown return)</source>
            <translation>Send the selected changes again: only those a retry can help (not a cancelled or unknown return)</translation>
        </message>
        <message>
            <source>&amp;Pulled back</source>
            <translation>&amp;Pulled back</translation>
        </message>
        <message>
            <source>The selected parcels were pulled back: take them off the shelf (their refused change is dropped; the history keeps a record of each)</source>
            <translation>The selected parcels were pulled back: take them off the shelf (their refused change is dropped; the history keeps a record of each)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{n} parcel(s) to pull back</source>
            <translation>{n} parcel(s) to pull back</translation>
        </message>
        <message>
            <source>Nothing to pull back.</source>
            <translation>Nothing to pull back.</translation>
        </message>
        <message>
            <source>{n} change(s) will be sent again.</source>
            <translation>{n} change(s) will be sent again.</translation>
        </message>
        <message>
            <source>{n} cannot succeed by retrying: see what to do.</source>
            <translation>{n} cannot succeed by retrying: see what to do.</translation>
        </message>
        <message>
            <source>{n} parcel(s) taken off the shelf.</source>
            <translation>{n} parcel(s) taken off the shelf.</translation>
        </message>
    </context>
    <context>
        <name>ShiftActions</name>
        <message>
            <source>Sign &amp;in as operator…</source>
            <extracomment>Neither is taken by QLineEdit (the scan box has the focus all day), unlike Ctrl+U or Ctrl+K, which it keeps for itself on Linux. Given by the window: prints again the label of a history print event.</extracomment>
            <translation>Sign &amp;in as operator…</translation>
        </message>
        <message>
            <source>&amp;Outbox: changes not sent yet…</source>
            <translation>&amp;Outbox: changes not sent yet…</translation>
        </message>
        <message>
            <source>Parcels to &amp;pull back…</source>
            <translation>Parcels to &amp;pull back…</translation>
        </message>
        <message>
            <source>&amp;History and shift summary…</source>
            <extracomment>The red strip while parcels wait to be pulled back.</extracomment>
            <translation>&amp;History and shift summary…</translation>
        </message>
        <message>
            <source>Shi&amp;ft</source>
            <extracomment>"Scanned this shift", kept true to the audit log.</extracomment>
            <translation>Shi&amp;ft</translation>
        </message>
        <message>
            <source>Signed in as {name} for now; not saved for the next start: {why}</source>
            <translation>Signed in as {name} for now; not saved for the next start: {why}</translation>
        </message>
        <message>
            <source>Signed in as {name}.</source>
            <translation>Signed in as {name}.</translation>
        </message>
    </context>
    <context>
        <name>ShiftCountLabel</name>
        <message numerus="yes">
            <source>Scanned this shift: %n</source>
            <extracomment>Outcomes come one per change (a thousand in a flush): the count is read again at most this often. What another process on the data folder delivered (``revdesk outbox flush``) and the shift that starts at midnight are seen this often at the latest.</extracomment>
            <translation>
                <numerusform>Scanned this shift: %n</numerusform>
                <numerusform>Scanned this shift: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcels whose scan REVER confirmed since the shift started, undone ones excluded (the shift summary in Shift → History says the same).</source>
            <translation>Parcels whose scan REVER confirmed since the shift started, undone ones excluded (the shift summary in Shift → History says the same).</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>What it does</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Who is working at this station?</source>
            <translation>Who is working at this station?</translation>
        </message>
        <message>
            <source>Your name (recorded with everything done at this station from now on):</source>
            <translation>Your name (recorded with everything done at this station from now on):</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>“{text}” is a parcel's barcode, not a name: nobody was signed in. Type your name:</source>
            <translation>“{text}” is a parcel's barcode, not a name: nobody was signed in. Type your name:</translation>
        </message>
    </context>
    <context>
        <name>StationActions</name>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Mute sounds</source>
            <translation>&amp;Mute sounds</translation>
        </message>
        <message>
            <source>Reset the shift &amp;counter</source>
            <translation>Reset the shift &amp;counter</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About revdesk</source>
            <translation>&amp;About revdesk</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>&amp;Station</source>
            <translation>&amp;Station</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
    </context>
    <context>
        <name>StationHeader</name>
        <message>
            <source>SANDBOX — practice data. Nothing you scan here changes a real return in REVER.</source>
            <extracomment>The queued/failed counter was clicked: show the outbox. The operator name was clicked: the next operator signs in.</extracomment>
            <translation>SANDBOX — practice data. Nothing you scan here changes a real return in REVER.</translation>
        </message>
        <message>
            <source>SANDBOX — practice data: nothing here changes REVER.</source>
            <translation>SANDBOX — practice data: nothing here changes REVER.</translation>
        </message>
        <message>
            <source>SANDBOX — practice data</source>
            <translation>SANDBOX — practice data</translation>
        </message>
        <message>
            <source>SANDBOX</source>
            <translation>SANDBOX</translation>
        </message>
        <message>
            <source>Click to sign in with your name</source>
            <translation>Click to sign in with your name</translation>
        </message>
        <message>
            <source>Click to see the changes waiting to be sent</source>
            <translation>Click to see the changes waiting to be sent</translation>
        </message>
        <message>
            <source>no e-commerce set</source>
            <translation>no e-commerce set</translation>
        </message>
        <message>
            <source>station {name}</source>
            <translation>station {name}</translation>
        </message>
        <message>
            <source>operator {name}</source>
            <translation>operator {name}</translation>
        </message>
        <message>
            <source>no operator: click to sign in</source>
            <translation>no operator: click to sign in</translation>
        </message>
        <message>
            <source>sign in</source>
            <translation>sign in</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>connecting…</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>OFFLINE</source>
            <translation>OFFLINE</translation>
        </message>
        <message>
            <source>API KEY REFUSED</source>
            <translation>API KEY REFUSED</translation>
        </message>
        <message>
            <source>NOT CONFIGURED</source>
            <translation>NOT CONFIGURED</translation>
        </message>
        <message>
            <source>REVER'S CERTIFICATE IS NOT VALID</source>
            <translation>REVER'S CERTIFICATE IS NOT VALID</translation>
        </message>
        <message numerus="yes">
            <source>%n queued</source>
            <translation>
                <numerusform>%n queued</numerusform>
                <numerusform>%n queued</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StationStatus</name>
        <message>
            <source>Send queued changes now</source>
            <extracomment>"Send queued changes now" (Ctrl+Shift+O), whatever the backoff says.</extracomment>
            <translation>Send queued changes now</translation>
        </message>
        <message>
            <source>Connection check</source>
            <translation>Connection check</translation>
        </message>
    </context>
    <context>
        <name>SummaryModel</name>
        <message>
            <source>Hour</source>
            <translation>Hour</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <source>The printer does not accept this label size.</source>
            <extracomment>A label within this much of the page size counts as fitting (rounding in mm sizes). The job's name in the print queue ("RP-100042 intake label"). Names of labels that were too large for the page at true size and were scaled down. What was printed, for the operator's message: the role and the returns. The printer in the operator's words ("Zebra-1"), or the files written.</extracomment>
            <translation>The printer does not accept this label size.</translation>
        </message>
        <message>
            <source>There is nothing to print.</source>
            <translation>There is nothing to print.</translation>
        </message>
        <message>
            <source>The label printer could not be started. Check that it is on and connected, or choose the label printer again.</source>
            <translation>The label printer could not be started. Check that it is on and connected, or choose the label printer again.</translation>
        </message>
        <message>
            <source>The label job could not be written whole (is the disk full, or the printer gone?): check what printed.</source>
            <translation>The label job could not be written whole (is the disk full, or the printer gone?): check what printed.</translation>
        </message>
        <message>
            <source>The label PDF does not open.</source>
            <translation>The label PDF does not open.</translation>
        </message>
        <message>
            <source>The label image does not open.</source>
            <translation>The label image does not open.</translation>
        </message>
        <message>
            <source>The label folder {folder} is not there (a drive not connected?): nothing was saved.</source>
            <translation>The label folder {folder} is not there (a drive not connected?): nothing was saved.</translation>
        </message>
        <message>
            <source>The label could not be saved as {path}: the file came out incomplete (is the disk full?). Nothing was replaced.</source>
            <translation>The label could not be saved as {path}: the file came out incomplete (is the disk full?). Nothing was replaced.</translation>
        </message>
        <message>
            <source>The label could not be saved as {path}: {why}.</source>
            <translation>The label could not be saved as {path}: {why}.</translation>
        </message>
        <message>
            <source>The label file is incomplete.</source>
            <translation>The label file is incomplete.</translation>
        </message>
    </context>
</TS>
