<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <name>Accounts</name>
        <message>
            <source>Two accounts are called {name}: the second is not used. Give each account its own name in the station settings.</source>
            <translation>Two accounts are called {name}: the second is not used. Give each account its own name in the station settings.</translation>
        </message>
        <message>
            <source>The account {name} is the same e-commerce as {other} at the same address: it is not used.</source>
            <translation>The account {name} is the same e-commerce as {other} at the same address: it is not used.</translation>
        </message>
        <message>
            <source>The account {name} has no e-commerce or group: it is not used. Set one in the station settings.</source>
            <translation>The account {name} has no e-commerce or group: it is not used. Set one in the station settings.</translation>
        </message>
        <message>
            <source>The account {name} has a REVER address, but the station works on the built-in sandbox: it is not used. Set the main account's address and key first, or clear this account's address.</source>
            <translation>The account {name} has a REVER address, but the station works on the built-in sandbox: it is not used. Set the main account's address and key first, or clear this account's address.</translation>
        </message>
        <message>
            <source>The account {name} has no REVER address: it is not used. Set its address and key in the station settings.</source>
            <translation>The account {name} has no REVER address: it is not used. Set its address and key in the station settings.</translation>
        </message>
        <message>
            <source>The account {name} has no API key: it is not used. Set its key in the station settings or in {env}.</source>
            <translation>The account {name} has no API key: it is not used. Set its key in the station settings or in {env}.</translation>
        </message>
        <message>
            <source>The account {name}'s address cannot be used: it must be an https:// address (plain http only on this computer).</source>
            <translation>The account {name}'s address cannot be used: it must be an https:// address (plain http only on this computer).</translation>
        </message>
        <message>
            <source>Not found in the accounts that answered; {names} could not be asked (no answer in time, or an error). Try again in a moment.</source>
            <extracomment>The shared file of which account owns which return, in the data folder. The router's own page tokens (each account's token, side by side) start so. Once one account answered a page, how long the others have before the page is given without them (their rows come with the next page). Once an account said it does not know a return, how long the others have to answer. An account's answer that only says "not this account's return". How long the owners file waits for another program's lock: not at all, nearly. Owners not seen for this long are forgotten when the file is opened. The accounts a walk of the whole list (iter_pages) could not read, each error naming its account: the rows of the others were read all the same. What the last page lacks: an account that failed or was too slow (named). process id (casefolded) -&gt; the account it was last seen under, in this process.</extracomment>
            <translation>Not found in the accounts that answered; {names} could not be asked (no answer in time, or an error). Try again in a moment.</translation>
        </message>
        <message>
            <source>{name}: no answer in time; its returns come with the next page.</source>
            <translation>{name}: no answer in time; its returns come with the next page.</translation>
        </message>
        <message>
            <source>Not found in the accounts that answered; {names} could not be asked: {reason}</source>
            <translation>Not found in the accounts that answered; {names} could not be asked: {reason}</translation>
        </message>
    </context>
    <context>
        <name>AccountsCli</name>
        <message>
            <source>API key of {name} (empty: keep the one stored): </source>
            <translation>API key of {name} (empty: keep the one stored): </translation>
        </message>
        <message>
            <source>account {name} replaced</source>
            <translation>account {name} replaced</translation>
        </message>
        <message>
            <source>account {name} added</source>
            <translation>account {name} added</translation>
        </message>
        <message>
            <source>; its key comes from {env}</source>
            <translation>; its key comes from {env}</translation>
        </message>
        <message>
            <source>; its key is in the credential store</source>
            <translation>; its key is in the credential store</translation>
        </message>
        <message>
            <source>no account named “{name}” (the main account is set in Settings)</source>
            <translation>no account named “{name}” (the main account is set in Settings)</translation>
        </message>
        <message>
            <source>account {name} removed; its stored key was forgotten</source>
            <translation>account {name} removed; its stored key was forgotten</translation>
        </message>
        <message>
            <source>account {name} removed; no stored key was deleted</source>
            <translation>account {name} removed; no stored key was deleted</translation>
        </message>
        <message>
            <source>; its key is set by {env} in the environment: unset it there</source>
            <translation>; its key is set by {env} in the environment: unset it there</translation>
        </message>
        <message>
            <source>account {name} removed</source>
            <translation>account {name} removed</translation>
        </message>
    </context>
    <context>
        <name>Address</name>
        <message>
            <source>a name (first or last name, or company)</source>
            <extracomment>The edits that fill each need of :func:`~revdesk.domain.logistics.missing_address_fields`.</extracomment>
            <translation>a name (first or last name, or company)</translation>
        </message>
        <message>
            <source>the street address</source>
            <translation>the street address</translation>
        </message>
        <message>
            <source>the postcode</source>
            <translation>the postcode</translation>
        </message>
        <message>
            <source>the city</source>
            <translation>the city</translation>
        </message>
        <message>
            <source>the country</source>
            <translation>the country</translation>
        </message>
        <message>
            <source>{title}: {fields} missing.</source>
            <translation>{title}: {fields} missing.</translation>
        </message>
        <message>
            <source>Not sent: complete the addresses first.</source>
            <translation>Not sent: complete the addresses first.</translation>
        </message>
        <message>
            <source>The warehouse address comes from Settings: save it there once and every order has it.</source>
            <translation>The warehouse address comes from Settings: save it there once and every order has it.</translation>
        </message>
    </context>
    <context>
        <name>AddressForm</name>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Address (2)</source>
            <translation>Address (2)</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>State / province</source>
            <translation>State / province</translation>
        </message>
        <message>
            <source>State code</source>
            <translation>State code</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Country code</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
    </context>
    <context>
        <name>ApiError</name>
        <message>
            <source>The REVER service could not do that.</source>
            <translation>The REVER service could not do that.</translation>
        </message>
        <message>
            <source>Not found: REVER does not know this return.</source>
            <extracomment>True when sending the same request again later may succeed.</extracomment>
            <translation>Not found: REVER does not know this return.</translation>
        </message>
        <message>
            <source>The API key was refused. Ask the warehouse lead to check the station settings.</source>
            <translation>The API key was refused. Ask the warehouse lead to check the station settings.</translation>
        </message>
        <message>
            <source>This API key is not allowed to do that. Ask the warehouse lead.</source>
            <translation>This API key is not allowed to do that. Ask the warehouse lead.</translation>
        </message>
        <message>
            <source>REVER is busy (too many requests). Wait a few seconds and try again.</source>
            <translation>REVER is busy (too many requests). Wait a few seconds and try again.</translation>
        </message>
        <message>
            <source>REVER does not offer this request (it answered "not implemented"). Nothing was changed.</source>
            <translation>REVER does not offer this request (it answered "not implemented"). Nothing was changed.</translation>
        </message>
        <message>
            <source>Cannot list returns: REVER did not answer the list request.</source>
            <translation>Cannot list returns: REVER did not answer the list request.</translation>
        </message>
        <message>
            <source>REVER refused this request as invalid.</source>
            <translation>REVER refused this request as invalid.</translation>
        </message>
        <message>
            <source>REVER had a problem on its side. Try again in a moment.</source>
            <translation>REVER had a problem on its side. Try again in a moment.</translation>
        </message>
        <message>
            <source>No connection to REVER. Check the network; nothing was changed.</source>
            <translation>No connection to REVER. Check the network; nothing was changed.</translation>
        </message>
        <message>
            <source>REVER did not answer in time. Check the network and try again.</source>
            <translation>REVER did not answer in time. Check the network and try again.</translation>
        </message>
        <message>
            <source>REVER sent an answer the station cannot read.</source>
            <translation>REVER sent an answer the station cannot read.</translation>
        </message>
        <message>
            <source>The file from REVER is too large to use.</source>
            <translation>The file from REVER is too large to use.</translation>
        </message>
        <message>
            <source>The API address must start with https:// (plain http is only for this computer).</source>
            <translation>The API address must start with https:// (plain http is only for this computer).</translation>
        </message>
        <message>
            <source>The API address is not a valid address. Fix it in the station settings.</source>
            <translation>The API address is not a valid address. Fix it in the station settings.</translation>
        </message>
        <message>
            <source>REVER's certificate is not valid. Nothing was sent.</source>
            <translation>REVER's certificate is not valid. Nothing was sent.</translation>
        </message>
        <message>
            <source>REVER's certificate is not valid ({reason}). Nothing was sent. Check the API address; if it is right, someone may be intercepting the connection: tell IT.</source>
            <translation>REVER's certificate is not valid ({reason}). Nothing was sent. Check the API address; if it is right, someone may be intercepting the connection: tell IT.</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>The label's address is not one the station downloads from.</source>
            <translation>The label's address is not one the station downloads from.</translation>
        </message>
        <message>
            <source>The station has no API address or key. Ask the warehouse lead to set them.</source>
            <translation>The station has no API address or key. Ask the warehouse lead to set them.</translation>
        </message>
        <message>
            <source>REVER refused this change.</source>
            <extracomment>How many times (a second apart) a queued scan settled by another process is looked for in the audit log before it is shown as handled elsewhere. At the desk a request is retried briefly: an operator would rather see "not sent" in a few seconds than wait half a minute per scan. Rows a list page asks for. The embedded sandbox has no address of its own: its rows are cached under this name. What is wrong with the local files, in the operator's words: a damaged one set aside (which, where it is kept), an audit log that cannot be written. The window shows them; ``warned`` tells the ones found later. More REVER accounts that could not be opened (no key, an address refused): each said to the lead; the station works with the others. Every status scan, from its keypress until it is over or in the outbox. The returns list the station holds (the window's list shows it): scans are resolved in it before REVER is asked. What a parcel should hold, from the merchant's platform, and its pictures. Its failures are its own: they never change the connection state (REVER's). Walk-in returns, started on the Storefront API when the station has one. The shift's start and count, read from the audit log whenever asked: the header and the summary say the same, and a restart keeps both. Queued scans gone from the outbox file whose outcome the audit log does not have yet: how many times they were looked for. Applying what a killed station process left in the scan journal (started by start(); done once those scans are final).</extracomment>
            <translation>REVER refused this change.</translation>
        </message>
        <message>
            <source>REVER sent the same page twice; the list stopped there.</source>
            <extracomment>Rows read through the main page chain (searches not counted). What the last page or search lacks, each error naming its account: at a station of several accounts, one failing or slow never hides the others' rows, and the list says it (ui/process_model.py).</extracomment>
            <translation>REVER sent the same page twice; the list stopped there.</translation>
        </message>
        <message>
            <source>The station's local data cannot be used.</source>
            <extracomment>How a damaged file's kept copy is named: ``NAME.damaged-YYYYmmdd-HHMMSS``. SQLite's words for a file that is not (or no longer) a whole database.</extracomment>
            <translation>The station's local data cannot be used.</translation>
        </message>
        <message>
            <source>Not sent: this is not a process id.</source>
            <translation>Not sent: this is not a process id.</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>The audit log {path} is not open.</source>
            <extracomment>A logistic order REVER creates with a provider (PUT), and a pickup request. A shift began (an operator signed in, or the lead started one by hand): the shift count is read from the log since then (see ``domain/shift.py``), so a restart keeps it. A walk-in customer's return started at the desk (Storefront), or refused with why. The audit log's file in the data dir: the window and the CLI share it. ``events(limit=NO_LIMIT)``: every matching event (SQLite reads a negative LIMIT as none). The CSV columns, in order. Comma, or semicolon for Excel where the decimal mark is a comma (most of Europe). A cell starting with one of these is a formula to Excel and LibreOffice (OWASP "CSV injection"): a process id, a name or a message from REVER must never run as one. How soon an audit log that could not be written is opened again, at the latest (each new record tries to write what waits, once the file is open). What is wrong with the file, in the operator's words; "" while it takes records.</extracomment>
            <translation>The audit log {path} is not open.</translation>
        </message>
        <message>
            <source>The audit log {path} is open read-only.</source>
            <extracomment>Told ``problem`` when recording starts failing, and "" when it works again.</extracomment>
            <translation>The audit log {path} is open read-only.</translation>
        </message>
        <message>
            <source>The audit log {path} cannot be written ({why}). Scanning goes on: what it records is kept in memory and written as soon as the file takes it again. Check the disk's free space and that this user may write the data folder.</source>
            <translation>The audit log {path} cannot be written ({why}). Scanning goes on: what it records is kept in memory and written as soon as the file takes it again. Check the disk's free space and that this user may write the data folder.</translation>
        </message>
    </context>
    <context>
        <name>Backend</name>
        <message>
            <source>built-in sandbox</source>
            <extracomment>The embedded sandbox answers on this in-process origin; nothing listens on a port. Returns of the sandbox's second demo e-commerce ("northwind") when more accounts are set. The Storefront API (an order number's returns): the sandbox serves it; for REVER, only when its address is set (``storefront_url``, ``REVDESK_STOREFRONT_URL``). The merchant's platform (what a parcel should hold): the sandbox serves it; else only when its address is set (``merchant_url``, ``REVDESK_MERCHANT_URL``). Why the merchant platform cannot be asked although its address is set (no key, an address the station refuses), in the lead's words; None when nothing is wrong. The more REVER accounts that could not be opened (no key, an address refused), each saying which and why in the lead's words: the station works with the others.</extracomment>
            <translation>built-in sandbox</translation>
        </message>
    </context>
    <context>
        <name>BulkStatusDialog</name>
        <message numerus="yes">
            <source>Set status of %n return(s)</source>
            <translation>
                <numerusform>Set status of %n return</numerusform>
                <numerusform>Set status of %n returns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set the shipping status of %n selected return(s) to:</source>
            <translation>
                <numerusform>Set the shipping status of %n selected return to:</numerusform>
                <numerusform>Set the shipping status of %n selected returns to:</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>Set %n return(s) to {status}?</source>
            <translation>
                <numerusform>Set %n return to {status}?</numerusform>
                <numerusform>Set %n returns to {status}?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set the shipping status of the %n selected return(s) to {status}?</source>
            <translation>
                <numerusform>Set the shipping status of the %n selected return to {status}?</numerusform>
                <numerusform>Set the shipping status of the %n selected returns to {status}?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set %n return(s) to {status}</source>
            <translation>
                <numerusform>Set %n return to {status}</numerusform>
                <numerusform>Set %n returns to {status}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sending {status} to %n return(s)…</source>
            <translation>
                <numerusform>Sending {status} to %n return…</numerusform>
                <numerusform>Sending {status} to %n returns…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
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
        <name>CarrierZpl</name>
        <message>
            <source>The label PDF has {count} pages: a label has at most {limit}. Is it the right file?</source>
            <extracomment>Grey levels darker than this print (0 black, 255 white): the middle, so an anti-aliased bar edge goes to whichever side covers more of its dot and bar widths are kept. Pages of a label PDF turned into labels; a carrier's label has one or two, a longer PDF is a document sent by mistake and is refused rather than printed by the metre.</extracomment>
            <translation>The label PDF has {count} pages: a label has at most {limit}. Is it the right file?</translation>
        </message>
    </context>
    <context>
        <name>CliFind</name>
        <message>
            <source>{text} is not an order number</source>
            <translation>{text} is not an order number</translation>
        </message>
        <message>
            <source>this station has no Storefront API address (REVDESK_STOREFRONT_URL): orders cannot be looked up</source>
            <translation>this station has no Storefront API address (REVDESK_STOREFRONT_URL): orders cannot be looked up</translation>
        </message>
        <message>
            <source>the Storefront API address has no order look-up (it answered "not found"): check REVDESK_STOREFRONT_URL</source>
            <translation>the Storefront API address has no order look-up (it answered "not found"): check REVDESK_STOREFRONT_URL</translation>
        </message>
        <message numerus="yes">
            <source>%n return(s)</source>
            <translation>
                <numerusform>%n return</numerusform>
                <numerusform>%n returns</numerusform>
            </translation>
        </message>
        <message>
            <source>no active return for order {order}</source>
            <translation>no active return for order {order}</translation>
        </message>
    </context>
    <context>
        <name>CliWalkin</name>
        <message>
            <source>no slip was written (-o FILE.pdf writes one): the customer finishes the return with its QR code</source>
            <extracomment>What each outcome ends the command with.</extracomment>
            <translation>no slip was written (-o FILE.pdf writes one): the customer finishes the return with its QR code</translation>
        </message>
        <message>
            <source>the return was started, but no slip can be made for it: {why}</source>
            <translation>the return was started, but no slip can be made for it: {why}</translation>
        </message>
        <message>
            <source>slip written to {path}</source>
            <translation>slip written to {path}</translation>
        </message>
    </context>
    <context>
        <name>Config</name>
        <message>
            <source>the credential store</source>
            <extracomment>More REVER accounts one station holds at most: a desk serves a few merchants, and a read of a return no account is known to own asks each of them at once. The REVER Storefront API's base URL: an order number the list does not know is looked up there. Empty: not used (the built-in sandbox serves it anyway). The merchant's own platform (seed 004, ``GET /rever/orders/{id}``): what a parcel should hold. Empty: not used (the built-in sandbox serves it anyway). Its key, like the API key, lives in the credential store or ``REVDESK_MERCHANT_KEY``. [assumed] The merchant's returns page where a walk-in customer finishes a return started at the desk: no document gives one. The slip's QR code is this address with the return id and the customer's token (``api/routes.py`` ``PORTAL_*``). Empty: the code carries the return id and token alone and the slip says what to do. The window's language: a code of ``revdesk.i18n.LANGUAGES``; empty follows the computer. When a shift starts, for its count: at midnight ("day") or when an operator signs in ("sign_in": a night shift crosses midnight). See ``domain/shift.py``. The carrier's label and our intake label print on printers chosen apart (a laser for one, a Zebra for the other, or a folder of PDFs on a station with none). Print the intake label by itself after a confirmed IN_WAREHOUSE scan. Revers.io accounts beside the REVER one (section "Revers.io accounts" below). How the rows name the main REVER account (``api_url``, ``ecommerce_id``) when the station holds more (``rever_accounts``); empty: its e-commerce id. More REVER accounts beside the main one: their returns are listed and scanned with the main one's, each row naming its account (section "More REVER accounts" below). The credential store failures already warned of: a machine without one fails every look-up the same way, and saying it at each (the window looks keys up often) is noise.</extracomment>
            <translation>the credential store</translation>
        </message>
        <message>
            <source>The API key has {why} in it, so it cannot be a REVER key. Paste the key again, without anything around it. Nothing was saved.</source>
            <extracomment>``REVDESK_API_KEY__`` + the account's name in capitals, other characters as ``_``: the key of one more account for a station without a credential store (a script, a container).</extracomment>
            <translation>The API key has {why} in it, so it cannot be a REVER key. Paste the key again, without anything around it. Nothing was saved.</translation>
        </message>
        <message>
            <source>This computer has no secure credential store, so the key was not saved. Set {env} in the station's environment instead.</source>
            <translation>This computer has no secure credential store, so the key was not saved. Set {env} in the station's environment instead.</translation>
        </message>
        <message>
            <source>The merchant key has {why} in it. Paste the key again, without anything around it. Nothing was saved.</source>
            <translation>The merchant key has {why} in it. Paste the key again, without anything around it. Nothing was saved.</translation>
        </message>
        <message>
            <source>This computer has no secure credential store, so the merchant key was not saved. Set {env} in the station's environment instead.</source>
            <translation>This computer has no secure credential store, so the merchant key was not saved. Set {env} in the station's environment instead.</translation>
        </message>
        <message>
            <source>subscription key</source>
            <extracomment>The name of the account ``REVDESK_REVERSIO_URL`` gives, when no saved account has that URL.</extracomment>
            <translation>subscription key</translation>
        </message>
        <message>
            <source>secret</source>
            <translation>secret</translation>
        </message>
        <message>
            <source>The Revers.io {what} has {why} in it. Paste it again, without anything around it. Nothing was saved.</source>
            <translation>The Revers.io {what} has {why} in it. Paste it again, without anything around it. Nothing was saved.</translation>
        </message>
        <message>
            <source>This computer has no secure credential store, so the Revers.io key and secret were not saved. Set {key_env} and {secret_env} in the station's environment instead.</source>
            <translation>This computer has no secure credential store, so the Revers.io key and secret were not saved. Set {key_env} and {secret_env} in the station's environment instead.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionTest</name>
        <message>
            <source>No address and no key: the station uses its built-in sandbox (demo data, nothing reaches REVER). Type REVER's address and key to test them.</source>
            <extracomment>One try, soon given up: the lead is waiting at the dialog, and a retry would only hide what is wrong. Pages of the list read to count the returns a key sees; more are "at least". Answered, but no return for this e-commerce: a mistyped id looks just like this. What the lead reads beside the button: never the key.</extracomment>
            <translation>No address and no key: the station uses its built-in sandbox (demo data, nothing reaches REVER). Type REVER's address and key to test them.</translation>
        </message>
        <message>
            <source>No API address: type REVER's address (https://…) first.</source>
            <translation>No API address: type REVER's address (https://…) first.</translation>
        </message>
        <message>
            <source>Not https: the address must start with https:// (plain http only for this computer, 127.0.0.1 or localhost). Nothing was sent.</source>
            <translation>Not https: the address must start with https:// (plain http only for this computer, 127.0.0.1 or localhost). Nothing was sent.</translation>
        </message>
        <message>
            <source>No API key for this address: type the key to test it.</source>
            <translation>No API key for this address: type the key to test it.</translation>
        </message>
        <message>
            <source>the key field</source>
            <translation>the key field</translation>
        </message>
        <message numerus="yes">
            <source>OK: REVER answered; more than %n returns visible.</source>
            <translation>
                <numerusform>OK: REVER answered; more than %n return visible.</numerusform>
                <numerusform>OK: REVER answered; more than %n returns visible.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>OK: REVER answered; %n return(s) visible.</source>
            <translation>
                <numerusform>OK: REVER answered; %n return visible.</numerusform>
                <numerusform>OK: REVER answered; %n returns visible.</numerusform>
            </translation>
        </message>
        <message>
            <source>REVER answered, but shows no returns for e-commerce “{scope}”: check the e-commerce id or group.</source>
            <translation>REVER answered, but shows no returns for e-commerce “{scope}”: check the e-commerce id or group.</translation>
        </message>
        <message>
            <source>REVER answered, but shows no returns for e-commerce group “{scope}”: check the group or the e-commerce id.</source>
            <translation>REVER answered, but shows no returns for e-commerce group “{scope}”: check the group or the e-commerce id.</translation>
        </message>
        <message>
            <source>REVER answered, but shows no returns: set the e-commerce id or group of this station.</source>
            <translation>REVER answered, but shows no returns: set the e-commerce id or group of this station.</translation>
        </message>
        <message>
            <source>Bad certificate: the address answered with a certificate that is not valid ({reason}). Check the address; if it is right, someone may be intercepting the connection: tell IT.</source>
            <translation>Bad certificate: the address answered with a certificate that is not valid ({reason}). Check the address; if it is right, someone may be intercepting the connection: tell IT.</translation>
        </message>
        <message>
            <source>Forbidden: REVER knows the key but it is not allowed for the e-commerce “{scope}” (HTTP 403). Check the e-commerce id or group, or ask REVER for a key that may.</source>
            <translation>Forbidden: REVER knows the key but it is not allowed for the e-commerce “{scope}” (HTTP 403). Check the e-commerce id or group, or ask REVER for a key that may.</translation>
        </message>
        <message>
            <source>Forbidden: REVER knows the key but it is not allowed to read returns (HTTP 403). Ask REVER for a key that may.</source>
            <translation>Forbidden: REVER knows the key but it is not allowed to read returns (HTTP 403). Ask REVER for a key that may.</translation>
        </message>
        <message>
            <source>Wrong key: REVER refused the API key (HTTP 401). Paste the key again, whole.</source>
            <translation>Wrong key: REVER refused the API key (HTTP 401). Paste the key again, whole.</translation>
        </message>
        <message>
            <source>Unreachable: the address did not answer in time. Check the address and the network.</source>
            <translation>Unreachable: the address did not answer in time. Check the address and the network.</translation>
        </message>
        <message>
            <source>Unreachable: no connection to the address (refused, unknown name, or no network). Check the address and the network.</source>
            <translation>Unreachable: no connection to the address (refused, unknown name, or no network). Check the address and the network.</translation>
        </message>
        <message>
            <source>The address answered that it is busy (too many requests). Try again in a moment.</source>
            <translation>The address answered that it is busy (too many requests). Try again in a moment.</translation>
        </message>
        <message>
            <source>REVER answered with a problem on its side (HTTP {status}). Try again in a moment.</source>
            <translation>REVER answered with a problem on its side (HTTP {status}). Try again in a moment.</translation>
        </message>
        <message>
            <source>an answer that is not REVER's</source>
            <translation>an answer that is not REVER's</translation>
        </message>
        <message>
            <source>The address answers, but not as REVER does ({how}): it may be a web page or another service. Check the API address.</source>
            <translation>The address answers, but not as REVER does ({how}): it may be a web page or another service. Check the API address.</translation>
        </message>
    </context>
    <context>
        <name>Cups</name>
        <message>
            <source>no printing system (CUPS) on this computer</source>
            <extracomment>lpstat and lp answer at once from a local server; a server that is not there is waited for this long.</extracomment>
            <translation>no printing system (CUPS) on this computer</translation>
        </message>
        <message>
            <source>the printing system does not answer ({kind})</source>
            <translation>the printing system does not answer ({kind})</translation>
        </message>
        <message>
            <source>the printing system says: {why}</source>
            <translation>the printing system says: {why}</translation>
        </message>
        <message>
            <source>This computer has no printing system (CUPS): choose a folder or a ZPL printer for the labels instead.</source>
            <translation>This computer has no printing system (CUPS): choose a folder or a ZPL printer for the labels instead.</translation>
        </message>
        <message>
            <source>{queue} is not a printer name.</source>
            <translation>{queue} is not a printer name.</translation>
        </message>
        <message>
            <source>The printing system did not take the label for {queue} in {seconds} s: is it running?</source>
            <translation>The printing system did not take the label for {queue} in {seconds} s: is it running?</translation>
        </message>
        <message>
            <source>The printing system could not be started.</source>
            <translation>The printing system could not be started.</translation>
        </message>
        <message>
            <source>The printer {queue} did not take the label: {reason}</source>
            <translation>The printer {queue} did not take the label: {reason}</translation>
        </message>
    </context>
    <context>
        <name>EntriesModel</name>
        <message>
            <source>Process</source>
            <extracomment>At a station of several REVER accounts, whose return each change is (a column).</extracomment>
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
            <source>Account</source>
            <translation>Account</translation>
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
            <extracomment>The whole read when the words show it cut ("…"): the banner's tooltip. The most of a read the banner's words show; a longer one is cut with "…" (as domain/status.py does), its whole text in the tooltip.</extracomment>
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
            <source>Walk-in return</source>
            <translation>Walk-in return</translation>
        </message>
        <message>
            <source>Shift start</source>
            <translation>Shift start</translation>
        </message>
        <message>
            <source>scan</source>
            <extracomment>Words the station stores in the audit log, which stays in English (the CLI and every station share it, and shift.py compares what it stored): shown in the station's language. Free text (an error's message, a print's target) is shown as it was stored.</extracomment>
            <translation>scan</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>undo</translation>
        </message>
        <message>
            <source>return's detail</source>
            <translation>return's detail</translation>
        </message>
        <message>
            <source>bulk change</source>
            <translation>bulk change</translation>
        </message>
        <message>
            <source>API key changed</source>
            <translation>API key changed</translation>
        </message>
        <message>
            <source>the built-in sandbox</source>
            <translation>the built-in sandbox</translation>
        </message>
        <message>
            <source>started by hand</source>
            <translation>started by hand</translation>
        </message>
        <message>
            <source>carrier label</source>
            <translation>carrier label</translation>
        </message>
        <message>
            <source>intake label</source>
            <translation>intake label</translation>
        </message>
        <message>
            <source>intake label, automatic</source>
            <translation>intake label, automatic</translation>
        </message>
        <message>
            <source>uploaded carrier label</source>
            <translation>uploaded carrier label</translation>
        </message>
        <message>
            <source>reprint of the carrier label</source>
            <translation>reprint of the carrier label</translation>
        </message>
        <message>
            <source>reprint of the intake label</source>
            <translation>reprint of the intake label</translation>
        </message>
        <message>
            <source>nothing generated (provider OPS handles it outside REVER)</source>
            <translation>nothing generated (provider OPS handles it outside REVER)</translation>
        </message>
        <message>
            <source>operator signed in</source>
            <translation>operator signed in</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>by hand</translation>
        </message>
        <message>
            <source>another backend</source>
            <translation>another backend</translation>
        </message>
        <message>
            <source>backend noted</source>
            <translation>backend noted</translation>
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
        <message numerus="yes">
            <source>%n event(s), newest first.</source>
            <translation>
                <numerusform>%n event, newest first.</numerusform>
                <numerusform>%n events, newest first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The newest %n events (narrow the filters, or export them all).</source>
            <translation>
                <numerusform>The newest %n event (narrow the filters, or export them all).</numerusform>
                <numerusform>The newest %n events (narrow the filters, or export them all).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parcel(s) received.</source>
            <translation>
                <numerusform>%n parcel received.</numerusform>
                <numerusform>%n parcels received.</numerusform>
            </translation>
        </message>
        <message>
            <source>This shift started at {time}.</source>
            <translation>This shift started at {time}.</translation>
        </message>
        <message>
            <source>This shift started on {when}.</source>
            <translation>This shift started on {when}.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) exported to {path}.</source>
            <translation>
                <numerusform>%n event exported to {path}.</numerusform>
                <numerusform>%n events exported to {path}.</numerusform>
            </translation>
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
    </context>
    <context>
        <name>IntakeLabel</name>
        <message>
            <source>Labels are made for 203 or 300 dpi printers, not {dpi}.</source>
            <extracomment>4 x 6 in, portrait, in PDF points. Code 128 module width in printer dots per resolution: 0.375 mm at 203 dpi, 0.34 mm at 300. Only when the bundled font cannot be read (a damaged install): PDF's own Helvetica. Every word of the label is in the bundled DejaVu Sans (revdesk/fonts), embedded in the PDF: the same letters on every platform and printer, in any script. Helvetica is not embedded; each viewer and driver stood in its own font for it.
----------
ZPL's largest QR module (^BQ magnification 1-10). The metrics that size our text: the printer's font 0 is a Helvetica-like sans serif.</extracomment>
            <translation>Labels are made for 203 or 300 dpi printers, not {dpi}.</translation>
        </message>
        <message>
            <source>No labels to make.</source>
            <translation>No labels to make.</translation>
        </message>
        <message>
            <source>{id} cannot be printed as a Code 128 barcode.</source>
            <translation>{id} cannot be printed as a Code 128 barcode.</translation>
        </message>
        <message>
            <source>The intake label for {id} could not be drawn ({kind}): nothing was printed.</source>
            <translation>The intake label for {id} could not be drawn ({kind}): nothing was printed.</translation>
        </message>
        <message>
            <source>The process id {id} is too long for a readable barcode on a 4x6 label.</source>
            <translation>The process id {id} is too long for a readable barcode on a 4x6 label.</translation>
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
            <source>No carrier-label printer is chosen yet (Labels → Label printers…): nothing was printed.</source>
            <translation>No carrier-label printer is chosen yet (Labels → Label printers…): nothing was printed.</translation>
        </message>
        <message>
            <source>No intake-label printer is chosen yet (Labels → Label printers…): nothing was printed.</source>
            <translation>No intake-label printer is chosen yet (Labels → Label printers…): nothing was printed.</translation>
        </message>
        <message>
            <source>There is nothing to print.</source>
            <extracomment>The last job sent to a printer (its role and labels), for "Reprint last".</extracomment>
            <translation>There is nothing to print.</translation>
        </message>
        <message>
            <source>Nothing has been printed yet on this station.</source>
            <translation>Nothing has been printed yet on this station.</translation>
        </message>
        <message>
            <source>{text} is not a printer address: the port must be a number from 1 to 65535 (a network label printer usually listens on {port}).</source>
            <extracomment>Written a piece at a time, each with the write timeout: a slow printer that keeps taking data is not cut off by a fixed limit for the whole job, a stalled one is. A ~HS answer is three lines framed STX … ETX CR LF; more than this is not one.</extracomment>
            <translation>{text} is not a printer address: the port must be a number from 1 to 65535 (a network label printer usually listens on {port}).</translation>
        </message>
        <message>
            <source>{text} is not a printer address: give the printer's IP address or network name, and its port if not {port} (e.g. 192.168.1.50:{port}).</source>
            <translation>{text} is not a printer address: give the printer's IP address or network name, and its port if not {port} (e.g. 192.168.1.50:{port}).</translation>
        </message>
        <message>
            <source>its print head is open</source>
            <translation>its print head is open</translation>
        </message>
        <message>
            <source>it is out of labels</source>
            <translation>it is out of labels</translation>
        </message>
        <message>
            <source>it is out of ribbon</source>
            <translation>it is out of ribbon</translation>
        </message>
        <message>
            <source>it is paused</source>
            <translation>it is paused</translation>
        </message>
        <message>
            <source>The label printer at {where} does not answer: is it on and connected?</source>
            <translation>The label printer at {where} does not answer: is it on and connected?</translation>
        </message>
        <message>
            <source>No printer named {host} is known on this network: check the name, or give its IP address.</source>
            <translation>No printer named {host} is known on this network: check the name, or give its IP address.</translation>
        </message>
        <message>
            <source>The label printer at {where} refused the connection: is it on, and is {port} its raw printing port?</source>
            <translation>The label printer at {where} refused the connection: is it on, and is {port} its raw printing port?</translation>
        </message>
        <message>
            <source>What answers at {where} is a web server, not a label printer's raw port: a network label printer usually takes labels on port {port}.</source>
            <translation>What answers at {where} is a web server, not a label printer's raw port: a network label printer usually takes labels on port {port}.</translation>
        </message>
        <message>
            <source>The label went to the printer at {where}, but {problems}: it prints once that is fixed.</source>
            <translation>The label went to the printer at {where}, but {problems}: it prints once that is fixed.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> and </translation>
        </message>
        <message>
            <source>The label printer at {where} took the connection but not the label: is it paused, jammed or busy? The label may still print: check before sending it again.</source>
            <translation>The label printer at {where} took the connection but not the label: is it paused, jammed or busy? The label may still print: check before sending it again.</translation>
        </message>
        <message>
            <source>The label printer at {where} dropped the connection while taking the label: check it, and whether the label printed, before sending it again.</source>
            <translation>The label printer at {where} dropped the connection while taking the label: check it, and whether the label printed, before sending it again.</translation>
        </message>
    </context>
    <context>
        <name>LabelRefusal</name>
        <message>
            <source>PDF</source>
            <extracomment>File-name suffixes the contract allows, and what each is sent as (``.jpeg`` goes as jpg).</extracomment>
            <translation>PDF</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG image</translation>
        </message>
        <message>
            <source>JPG image</source>
            <translation>JPG image</translation>
        </message>
        <message>
            <source>its header is damaged</source>
            <extracomment>Why a file of the right type does not open (:class:`BrokenLabel`'s ``why``).</extracomment>
            <translation>its header is damaged</translation>
        </message>
        <message>
            <source>it is cut short (the end of the file is missing)</source>
            <translation>it is cut short (the end of the file is missing)</translation>
        </message>
        <message>
            <source>its index points outside the file</source>
            <translation>its index points outside the file</translation>
        </message>
        <message>
            <source>it is damaged (no PDF reader can open it)</source>
            <translation>it is damaged (no PDF reader can open it)</translation>
        </message>
        <message>
            <source>one of its pages is missing or damaged</source>
            <translation>one of its pages is missing or damaged</translation>
        </message>
        <message>
            <source>the picture has far too many pixels</source>
            <translation>the picture has far too many pixels</translation>
        </message>
        <message>
            <source>the picture is damaged or cut short</source>
            <translation>the picture is damaged or cut short</translation>
        </message>
        <message>
            <source>it has no pages</source>
            <translation>it has no pages</translation>
        </message>
        <message>
            <source>This label file cannot be used.</source>
            <extracomment>What all of a label's object streams may unpack to: a zip bomb is refused, not unpacked. A label is a few pages (a carrier label, a customs form): more would empty the roll.</extracomment>
            <translation>This label file cannot be used.</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>The file could not be read.</translation>
        </message>
        <message>
            <source>This is not a regular file ({kind}): choose the label file itself.</source>
            <translation>This is not a regular file ({kind}): choose the label file itself.</translation>
        </message>
        <message>
            <source>The file is empty (0 bytes): pick the label file again.</source>
            <translation>The file is empty (0 bytes): pick the label file again.</translation>
        </message>
        <message>
            <source>This is not a PDF, PNG or JPG label: the file looks like {what}.</source>
            <translation>This is not a PDF, PNG or JPG label: the file looks like {what}.</translation>
        </message>
        <message>
            <source>The file is named .{named} but it is a {actual}. Check that this is the right file.</source>
            <translation>The file is named .{named} but it is a {actual}. Check that this is the right file.</translation>
        </message>
        <message>
            <source>The {kind} does not open: {why}.</source>
            <translation>The {kind} does not open: {why}.</translation>
        </message>
        <message>
            <source>The PDF has no pages: there is nothing to print.</source>
            <translation>The PDF has no pages: there is nothing to print.</translation>
        </message>
        <message>
            <source>The PDF has {count} pages; a label has at most {limit}: check that this is the label file.</source>
            <translation>The PDF has {count} pages; a label has at most {limit}: check that this is the label file.</translation>
        </message>
        <message>
            <source>The PDF is encrypted: it cannot be printed.</source>
            <translation>The PDF is encrypted: it cannot be printed.</translation>
        </message>
        <message>
            <source>The PDF contains JavaScript/launch actions; it was refused.</source>
            <translation>The PDF contains JavaScript/launch actions; it was refused.</translation>
        </message>
        <message>
            <source>The PDF packs its contents in a way the station cannot check for JavaScript; it was refused.</source>
            <translation>The PDF packs its contents in a way the station cannot check for JavaScript; it was refused.</translation>
        </message>
        <message>
            <source>The file is {size}, over the {limit} limit.</source>
            <translation>The file is {size}, over the {limit} limit.</translation>
        </message>
        <message>
            <source>an HEIC photo (export it from the phone as JPG)</source>
            <extracomment>Pixel size and declared resolution of an image label (None for a PDF, or no dpi). Each page's size in points (width, height) as the PDF engine reads it; () for an image.</extracomment>
            <translation>an HEIC photo (export it from the phone as JPG)</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>a GIF image</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>a WebP image</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>a TIFF image</translation>
        </message>
        <message>
            <source>a ZIP archive or an Office document</source>
            <translation>a ZIP archive or an Office document</translation>
        </message>
        <message>
            <source>a BMP image</source>
            <translation>a BMP image</translation>
        </message>
        <message>
            <source>a web page (the download may have failed)</source>
            <translation>a web page (the download may have failed)</translation>
        </message>
        <message>
            <source>an XML or HTML document</source>
            <translation>an XML or HTML document</translation>
        </message>
        <message>
            <source>a damaged PDF (it does not start with its header)</source>
            <translation>a damaged PDF (it does not start with its header)</translation>
        </message>
        <message>
            <source>a text file</source>
            <translation>a text file</translation>
        </message>
        <message>
            <source>a file of an unknown kind</source>
            <translation>a file of an unknown kind</translation>
        </message>
        <message>
            <source>The file could not be read ({why}).</source>
            <translation>The file could not be read ({why}).</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>a folder</translation>
        </message>
        <message>
            <source>a pipe</source>
            <translation>a pipe</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>a device</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>a socket</translation>
        </message>
        <message>
            <source>not a file</source>
            <translation>not a file</translation>
        </message>
        <message>
            <source>The file is {size} bytes, over the {limit} limit ({bytes} bytes).</source>
            <translation>The file is {size} bytes, over the {limit} limit ({bytes} bytes).</translation>
        </message>
        <message>
            <source>the picture is damaged</source>
            <translation>the picture is damaged</translation>
        </message>
        <message>
            <source>the PDF reader cannot open it</source>
            <translation>the PDF reader cannot open it</translation>
        </message>
    </context>
    <context>
        <name>LabelService</name>
        <message>
            <source>No label for {id}: the return has no label yet, or REVER does not know it.</source>
            <extracomment>Downloads at once for a batch: enough to hide latency, few enough to be polite.</extracomment>
            <translation>No label for {id}: the return has no label yet, or REVER does not know it.</translation>
        </message>
    </context>
    <context>
        <name>LocalData</name>
        <message>
            <source>{folder} is a file, not a folder</source>
            <translation>{folder} is a file, not a folder</translation>
        </message>
        <message>
            <source>it is damaged ({why}) and could not be set aside: {error}</source>
            <translation>it is damaged ({why}) and could not be set aside: {error}</translation>
        </message>
        <message>
            <source>Make sure the data folder {folder} exists, has free space and that this user may write in it (or set REVDESK_DATA_DIR to a folder it may write in), then start revdesk again.</source>
            <translation>Make sure the data folder {folder} exists, has free space and that this user may write in it (or set REVDESK_DATA_DIR to a folder it may write in), then start revdesk again.</translation>
        </message>
        <message>
            <source>The station cannot use its outbox file {path} ({why}). No status change can be kept safely until it can. {what_to_do}</source>
            <translation>The station cannot use its outbox file {path} ({why}). No status change can be kept safely until it can. {what_to_do}</translation>
        </message>
        <message>
            <source>The outbox file {path} was damaged. It is kept as {kept} in the same folder and a new, empty outbox was started: status changes that waited in the damaged file were not sent. Check the returns scanned before now, and keep the damaged file for support.</source>
            <translation>The outbox file {path} was damaged. It is kept as {kept} in the same folder and a new, empty outbox was started: status changes that waited in the damaged file were not sent. Check the returns scanned before now, and keep the damaged file for support.</translation>
        </message>
        <message>
            <source>The audit log {path} cannot be written ({why}). The station goes on and keeps what it records in memory until it can. {what_to_do}</source>
            <translation>The audit log {path} cannot be written ({why}). The station goes on and keeps what it records in memory until it can. {what_to_do}</translation>
        </message>
        <message>
            <source>The audit log {path} was damaged. It is kept as {kept} in the same folder and a new audit log was started: the history before now is in the damaged file. Keep it for support.</source>
            <translation>The audit log {path} was damaged. It is kept as {kept} in the same folder and a new audit log was started: the history before now is in the damaged file. Keep it for support.</translation>
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
        <name>Logistics</name>
        <message>
            <source>Nothing was generated (provider OPS): this provider handles it outside REVER. Nothing needs to be done here.</source>
            <translation>Nothing was generated (provider OPS): this provider handles it outside REVER. Nothing needs to be done here.</translation>
        </message>
        <message>
            <source>{what} created: {id}.</source>
            <translation>{what} created: {id}.</translation>
        </message>
        <message>
            <source>{what} created.</source>
            <translation>{what} created.</translation>
        </message>
        <message>
            <source>e.g. {providers}</source>
            <translation>e.g. {providers}</translation>
        </message>
        <message>
            <source>The providers REVER documents: {providers}. Any other provider your REVER account has is sent as typed.</source>
            <translation>The providers REVER documents: {providers}. Any other provider your REVER account has is sent as typed.</translation>
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
            <source>Labels (*.pdf *.png *.jpg *.jpeg)</source>
            <extracomment>The dialog's width where the screen has it: the address fields whole beside the preview. A label has a page or two; a 40-page PDF is a wrong file, and its preview would be slow.</extracomment>
            <translation>Labels (*.pdf *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Manual logistic order</source>
            <extracomment>The station's returns list: the first place a tracking id already used is found. The tracking id the operator confirmed (or that no other return has): sent as is.</extracomment>
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
        <name>Merchant</name>
        <message>
            <source>The merchant platform's address is set but not its key. Set the key in the station settings or in {env}.</source>
            <translation>The merchant platform's address is set but not its key. Set the key in the station settings or in {env}.</translation>
        </message>
        <message>
            <source>The merchant platform's address cannot be used: it must be an https:// address (plain http only on this computer). Fix it in the station settings or in REVDESK_MERCHANT_URL.</source>
            <translation>The merchant platform's address cannot be used: it must be an https:// address (plain http only on this computer). Fix it in the station settings or in REVDESK_MERCHANT_URL.</translation>
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
        <name>OrderCli</name>
        <message>
            <source>“{text}” is not an order id.</source>
            <extracomment>An order id longer than this is no id: refused before anything is sent.</extracomment>
            <translation>“{text}” is not an order id.</translation>
        </message>
        <message>
            <source>ITEM</source>
            <translation>ITEM</translation>
        </message>
        <message>
            <source>VARIANT</source>
            <translation>VARIANT</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>QTY</source>
            <translation>QTY</translation>
        </message>
        <message>
            <source>RETURNABLE</source>
            <translation>RETURNABLE</translation>
        </message>
        <message>
            <source>Order        {number} (id {id})</source>
            <translation>Order        {number} (id {id})</translation>
        </message>
        <message>
            <source>Customer     {name} &lt;{email}&gt;</source>
            <translation>Customer     {name} &lt;{email}&gt;</translation>
        </message>
        <message>
            <source>Purchased    {when}</source>
            <translation>Purchased    {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in all</source>
            <translation>
                <numerusform>%n item in all</numerusform>
                <numerusform>%n items in all</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message numerus="yes">
            <source>%n s</source>
            <extracomment>The outbox's file in the data dir: the window and the CLI share it, so `revdesk outbox flush` sends what a station left pending. Columns added since the first outbox files: a station upgraded mid-shift keeps its queue (the file is altered in place when it lacks them). How long a claim on an entry holds without being renewed. Its holder renews it every third of that while it works on the entry (waits its turn, sends it); a holder killed mid-send leaves a claim that lapses this long after its last renewal, and then another process may send the entry. Longer than REVER takes to act on a request it received (a change the dead holder sent must land before another process sends a newer one). How long a change waits for an older change of its return that a process is sending (this one or another) before it answers "queued" and leaves it to the delivery loop: longer than a lease, so a change held by a killed process is still sent by the waiter. Polling the file for another process's claim: from the first to the last interval. How often a process looks for other processes' changes to the file (Outbox.watch_others). Holders known to be gone (a process never comes back). 1 while its holder sends it (claimed to send, until settled, postponed or released). A failed entry: what kind of refusal (:func:`refusal_kind`), "" from older files. A failed entry: 1 when REVER refused it after the station had answered "queued" (its parcel went on with the received ones), 0 when the scan itself saw the refusal. When the person made the change (a scan: its keypress), wall-clock seconds; 0 in older files (then ``created_at`` says it). Entries this call dropped (unsent, replaced by a newer change): the caller tells them.</extracomment>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>REVER asks to wait {wait}</source>
            <extracomment>Queued because REVER asked the station to wait: how long it waits (Retry-After, held between 1 s and 300 s) before sending the entry again.
----------
True once closed (the station is stopping): views that read it late skip it. A write of the store within a transaction (OutboxStore.add_in, settle_in). When to try an entry again (the station's one rule, see Backoff): Retry-After within 1-300 s, else from ``base_delay`` doubling up to ``max_delay``. Until when, and how long, REVER asked to wait last (see rever_asks). Entries a coroutine of this process works on (claimed in the file, renewed). Every outcome of an entry: queued, then delivered, failed or superseded (the audit log, the connection state, the scans' rows and the window follow it). Told only by the process that settled the entry: once per change, station-wide. Another process changed the file (queued, sent, refused or dropped changes): what this process shows of it (the counts, queued scans) may be out of date. Told by :meth:`watch_others`. Writes waiting for the next group commit (see _durably), the task that runs them, and the thread that commits (its fsync never stalls the event loop). Returns whose new change is being written: the delivery loop and a flush leave them alone until submit holds the new entry (it may be in the file before then).</extracomment>
            <translation>REVER asks to wait {wait}</translation>
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
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…and %n more.</numerusform>
                <numerusform>…and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused change(s) will be sent again.</source>
            <translation>
                <numerusform>%n refused change will be sent again.</numerusform>
                <numerusform>%n refused changes will be sent again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot succeed by retrying (a cancelled or unknown return): discard them once the lead has decided.</source>
            <translation>
                <numerusform>%n cannot succeed by retrying (a cancelled or unknown return): discard it once the lead has decided.</numerusform>
                <numerusform>%n cannot succeed by retrying (a cancelled or unknown return): discard them once the lead has decided.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Discard %n refused change(s)? They will never be sent to REVER; the history keeps a record of each.</source>
            <translation>
                <numerusform>Discard %n refused change? They will never be sent to REVER; the history keeps a record of each.</numerusform>
                <numerusform>Discard %n refused changes? They will never be sent to REVER; the history keeps a record of each.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused change(s) discarded.</source>
            <translation>
                <numerusform>%n refused change discarded.</numerusform>
                <numerusform>%n refused changes discarded.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending the waiting changes now…</source>
            <translation>Sending the waiting changes now…</translation>
        </message>
        <message>
            <source>Discard refused changes</source>
            <translation>Discard refused changes</translation>
        </message>
    </context>
    <context>
        <name>OutputFile</name>
        <message>
            <source>is a folder</source>
            <translation>is a folder</translation>
        </message>
        <message>
            <source>is a disk device or a socket, not a file to write</source>
            <translation>is a disk device or a socket, not a file to write</translation>
        </message>
        <message>
            <source>is a pipe nothing reads from</source>
            <translation>is a pipe nothing reads from</translation>
        </message>
    </context>
    <context>
        <name>ParcelContents</name>
        <message>
            <source>not said</source>
            <extracomment>The order's line items. The platform answered 404: it does not know this order. The platform cannot be reached, fails (5xx), is too slow or answers what the station cannot read: trying again later may work. No platform configured, its key missing or refused, its address unusable: the lead. The return names no order, so there is nothing to ask. What to tell the operator when there are no contents ("" with them).</extracomment>
            <translation>not said</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no (already returned)</source>
            <translation>no (already returned)</translation>
        </message>
        <message>
            <source>no (shop policy)</source>
            <translation>no (shop policy)</translation>
        </message>
        <message>
            <source>no (not sent yet)</source>
            <translation>no (not sent yet)</translation>
        </message>
        <message>
            <source>no (return period over)</source>
            <translation>no (return period over)</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>The merchant's platform does not know order {order}: check the parcel against the return's items.</source>
            <translation>The merchant's platform does not know order {order}: check the parcel against the return's items.</translation>
        </message>
        <message>
            <source>The merchant's platform refused the station's key. Ask the warehouse lead to check the merchant key.</source>
            <translation>The merchant's platform refused the station's key. Ask the warehouse lead to check the merchant key.</translation>
        </message>
        <message>
            <source>The merchant's platform cannot be asked: {reason}</source>
            <translation>The merchant's platform cannot be asked: {reason}</translation>
        </message>
        <message>
            <source>No merchant platform is set up, so the order's contents cannot be shown.</source>
            <translation>No merchant platform is set up, so the order's contents cannot be shown.</translation>
        </message>
        <message>
            <source>This return names no order: there are no contents to check.</source>
            <translation>This return names no order: there are no contents to check.</translation>
        </message>
        <message>
            <source>The merchant's platform sent an answer the station cannot read for order {order}. Try again later.</source>
            <translation>The merchant's platform sent an answer the station cannot read for order {order}. Try again later.</translation>
        </message>
        <message>
            <source>The merchant's platform cannot be reached or is failing right now. Try again in a moment; the rest of the return is unaffected.</source>
            <translation>The merchant's platform cannot be reached or is failing right now. Try again in a moment; the rest of the return is unaffected.</translation>
        </message>
        <message>
            <source>Item</source>
            <extracomment>Pictures loaded for one order at most: an order of 500 lines does not start 500 loads.</extracomment>
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
            <source>Returnable</source>
            <translation>Returnable</translation>
        </message>
        <message>
            <source>The picture cannot be read.</source>
            <translation>The picture cannot be read.</translation>
        </message>
        <message>
            <source>{name}
No picture: {reason}</source>
            <translation>{name}
No picture: {reason}</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>Asking the merchant's platform what this parcel should hold…</source>
            <translation>Asking the merchant's platform what this parcel should hold…</translation>
        </message>
        <message numerus="yes">
            <source>Order {order}: %n item(s) should be in the parcel.</source>
            <translation>
                <numerusform>Order {order}: %n item should be in the parcel.</numerusform>
                <numerusform>Order {order}: %n items should be in the parcel.</numerusform>
            </translation>
        </message>
        <message>
            <source>The parcel's contents could not be shown; the details are in the log.</source>
            <translation>The parcel's contents could not be shown; the details are in the log.</translation>
        </message>
        <message>
            <source>Parcel contents of {pid}</source>
            <extracomment>(process id, order id) of what is shown or loading.</extracomment>
            <translation>Parcel contents of {pid}</translation>
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
        <name>Pictures</name>
        <message>
            <source>The picture's address gave something that is not a picture.</source>
            <extracomment>A picture larger than this (width x height) is refused before it is decoded: a small file can unpack into gigabytes. Far above a 64-pixel PNG (RGBA, uncompressed: 16 kB): a bigger cached file is not ours. Pictures loaded at once: a 40-line order does not open 40 connections. The thumbnail (PNG bytes), or None when refused. Why there is no thumbnail ("" with one).</extracomment>
            <translation>The picture's address gave something that is not a picture.</translation>
        </message>
        <message>
            <source>The picture is too large to show.</source>
            <translation>The picture is too large to show.</translation>
        </message>
        <message>
            <source>The picture cannot be read.</source>
            <translation>The picture cannot be read.</translation>
        </message>
        <message>
            <source>No picture.</source>
            <translation>No picture.</translation>
        </message>
        <message>
            <source>No merchant platform is set up.</source>
            <translation>No merchant platform is set up.</translation>
        </message>
        <message>
            <source>The picture is too large to download.</source>
            <translation>The picture is too large to download.</translation>
        </message>
        <message>
            <source>The picture's address is not one the station loads from.</source>
            <translation>The picture's address is not one the station loads from.</translation>
        </message>
        <message>
            <source>The picture could not be loaded.</source>
            <translation>The picture could not be loaded.</translation>
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
        <name>PrinterProfiles</name>
        <message>
            <source>Carrier label</source>
            <extracomment>A ZPL profile's address naming a raw CUPS queue instead of ``host:port``.</extracomment>
            <translation>Carrier label</translation>
        </message>
        <message>
            <source>Intake label</source>
            <translation>Intake label</translation>
        </message>
        <message>
            <source>The label could not be written: {why}.</source>
            <translation>The label could not be written: {why}.</translation>
        </message>
    </context>
    <context>
        <name>PrinterProfilesBox</name>
        <message>
            <source>Print an intake label for each parcel received</source>
            <extracomment>A test print's result was shown: the dialog holding the box makes room for its lines.</extracomment>
            <translation>Print an intake label for each parcel received</translation>
        </message>
        <message>
            <source>Print the intake label after each parcel received (IN_WAREHOUSE confirmed)</source>
            <translation>Print the intake label after each parcel received (IN_WAREHOUSE confirmed)</translation>
        </message>
        <message>
            <source>Test label</source>
            <translation>Test label</translation>
        </message>
        <message>
            <source>Test print failed: {why}</source>
            <translation>Test print failed: {why}</translation>
        </message>
    </context>
    <context>
        <name>PrinterSettings</name>
        <message>
            <source>no printer chosen</source>
            <extracomment>After a scan under CANCELED or ERROR (domain/scanning.ONE_SCAN_ACTIONS): go back to the default action ("one_scan"), or keep it and ask before each scan ("confirm"). Left on, either would go on cancelling every parcel that follows. What a printer profile prints on: an OS/CUPS printer by name, PDF files in a folder, or a ZPL label printer on the network (``host:port``) or behind a raw CUPS queue. The two printer roles of a station: the carrier's label and our intake label. zpl: ``host[:port]`` of a network label printer, or ``cups:QUEUE`` for a raw queue.</extracomment>
            <translation>no printer chosen</translation>
        </message>
        <message>
            <source>the folder {folder}</source>
            <translation>the folder {folder}</translation>
        </message>
        <message>
            <source>the ZPL printer {address}</source>
            <translation>the ZPL printer {address}</translation>
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
            <extracomment>Whose return it is, at a station of several REVER accounts (a row only then).</extracomment>
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
            <source>Account:</source>
            <translation>Account:</translation>
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
            <extracomment>What the parcel should hold, from the merchant's platform (filled by ``ParcelContentsActions``); the rest of the detail never waits for it.</extracomment>
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
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Parcel contents: what the order holds, from the merchant's platform. Check the parcel against it.</source>
            <translation>Parcel contents: what the order holds, from the merchant's platform. Check the parcel against it.</translation>
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
            <extracomment>Search keys made per slice of idle time (about 10 ms). A page could not be loaded (the error); fetching pauses until ``resume_fetching``. A page or a refresh came back from REVER: what ``load_failed`` said is over. The row field each column shows: the list's columns, and the account last when the station holds several REVER accounts (a 3PL desk: whose return is it). While the rows come from the local cache, when they were saved; None once the API has been read again over all of them.</extracomment>
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
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Folder</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <extracomment>Where the built ``.qm`` files are, under ``resources/``: ``revdesk_&lt;code&gt;.qm``.</extracomment>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>QrSlip</name>
        <message>
            <source>Slips are made for 203 or 300 dpi printers, not {dpi}.</source>
            <extracomment>The longest QR payload accepted: a URL with an id and a token is well under it; a longer one makes modules too small for a phone at the slip's size. The QR code's square, quiet zone included, as large as the slip leaves room for. The smallest module a phone camera reads well off thermal paper: 0.33 mm. A name for the job and for a folder profile's file ("RT-W000001-walkin"): letters, digits, ``.``, ``_`` and ``-`` only (an id from a server never names another folder).</extracomment>
            <translation>Slips are made for 203 or 300 dpi printers, not {dpi}.</translation>
        </message>
        <message>
            <source>The slip has nothing for its QR code.</source>
            <translation>The slip has nothing for its QR code.</translation>
        </message>
        <message>
            <source>The QR code's text is too long ({count} characters, at most {limit}) for a code a phone can read on this slip.</source>
            <translation>The QR code's text is too long ({count} characters, at most {limit}) for a code a phone can read on this slip.</translation>
        </message>
        <message>
            <source>The QR code's text has characters a QR code link cannot carry.</source>
            <translation>The QR code's text has characters a QR code link cannot carry.</translation>
        </message>
        <message>
            <source>The QR code's text is too long for a code a phone can read on this slip.</source>
            <translation>The QR code's text is too long for a code a phone can read on this slip.</translation>
        </message>
    </context>
    <context>
        <name>QtLibraries</name>
        <message>
            <source>revdesk cannot open its window: there is no display here (DISPLAY and WAYLAND_DISPLAY are not set, as in an SSH session or on a server).
Start it from the desktop session of the station, or set DISPLAY to its screen (for example DISPLAY=:0).
For a check without a screen: QT_QPA_PLATFORM=offscreen revdesk</source>
            <extracomment>The plugin Qt loads for X11 and the library it is built on, below the PySide6 package. Longer than this, ldd's answer is not waited for: the station starts as it always did. The Debian/Ubuntu package of each system library in the xcb plugin's closure (PySide6's own Qt libraries travel with its wheel). Every package named here is in ``packaging/apt-packages.txt`` (tests/unit/test_qt_libraries.py checks), so the README's one install command gives all of them. Ubuntu's 64-bit-time packages (``…t64``) provide these names, so the same command works there.</extracomment>
            <translation>revdesk cannot open its window: there is no display here (DISPLAY and WAYLAND_DISPLAY are not set, as in an SSH session or on a server).
Start it from the desktop session of the station, or set DISPLAY to its screen (for example DISPLAY=:0).
For a check without a screen: QT_QPA_PLATFORM=offscreen revdesk</translation>
        </message>
        <message>
            <source>revdesk cannot open its window: no X server answers on DISPLAY={display}.
Start it from the desktop session of the station, or set DISPLAY to its screen (for example DISPLAY=:0).
For a check without a screen: QT_QPA_PLATFORM=offscreen revdesk</source>
            <extracomment>Where a local X server listens, display N at X&lt;N&gt; (also in Linux's abstract namespace). Display N of a TCP X server listens on this port + N. The hosts of a DISPLAY asked over TCP: this machine only, never another.</extracomment>
            <translation>revdesk cannot open its window: no X server answers on DISPLAY={display}.
Start it from the desktop session of the station, or set DISPLAY to its screen (for example DISPLAY=:0).
For a check without a screen: QT_QPA_PLATFORM=offscreen revdesk</translation>
        </message>
    </context>
    <context>
        <name>RangePicker</name>
        <message>
            <source>8:00 - 12:00</source>
            <translation>8:00 - 12:00</translation>
        </message>
        <message>
            <source>12:00 - 16:00</source>
            <translation>12:00 - 16:00</translation>
        </message>
        <message>
            <source>16:00 - 20:00</source>
            <translation>16:00 - 20:00</translation>
        </message>
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
        <name>Request</name>
        <message>
            <source>a pickup range is listed twice</source>
            <extracomment>The longest text of a return the station keeps from an answer (a name, an address line, an item): far beyond any real one, short enough to lay out at once. Text the station shows (names, addresses, items) is cut to this many characters; None for answers that carry data (a label's bytes, an opaque page token). "XL", "Navy / M": the merchant contract's name for it (API-NOTES §3) [assumed]. [assumed] where the parcel comes from (the sandbox serves it): the "from" of a logistic order. Empty when REVER's answer has none. Which of the station's REVER accounts the return was read under (a station may hold several, see domain/accounts.py): set by the station, never read from an answer nor sent back. None: the platform did not say (the document requires it; shown as unknown). 2 returned already, 3 shop policy, 4 not fulfilled, 5 out of the return period.</extracomment>
            <translation>a pickup range is listed twice</translation>
        </message>
        <message>
            <source>NO_RANGE cannot be combined with a time range</source>
            <translation>NO_RANGE cannot be combined with a time range</translation>
        </message>
        <message>
            <source>the tracking URL must start with https://</source>
            <translation>the tracking URL must start with https://</translation>
        </message>
        <message>
            <source>a home pick-up needs at least one pickup range</source>
            <translation>a home pick-up needs at least one pickup range</translation>
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
        <name>ReverAccounts</name>
        <message>
            <source>stored</source>
            <extracomment>As ``config.ReverAccount.name`` allows.</extracomment>
            <translation>stored</translation>
        </message>
        <message>
            <source>from the environment</source>
            <translation>from the environment</translation>
        </message>
        <message>
            <source>MISSING</source>
            <translation>MISSING</translation>
        </message>
        <message>
            <source>not needed</source>
            <translation>not needed</translation>
        </message>
        <message>
            <source>built-in sandbox</source>
            <translation>built-in sandbox</translation>
        </message>
        <message>
            <source>Give the account a name of up to {limit} printable characters. Nothing was saved.</source>
            <translation>Give the account a name of up to {limit} printable characters. Nothing was saved.</translation>
        </message>
        <message>
            <source>“{name}” is the main account's name in the list: give this account another one. Nothing was saved.</source>
            <translation>“{name}” is the main account's name in the list: give this account another one. Nothing was saved.</translation>
        </message>
        <message>
            <source>“{name}” is too like the account “{other}”: both would read their key from {env}. Choose another name, or type “{other}” to replace it. Nothing was saved.</source>
            <translation>“{name}” is too like the account “{other}”: both would read their key from {env}. Choose another name, or type “{other}” to replace it. Nothing was saved.</translation>
        </message>
        <message>
            <source>Give the account's e-commerce id or its group: its returns are those of that e-commerce. Nothing was saved.</source>
            <translation>Give the account's e-commerce id or its group: its returns are those of that e-commerce. Nothing was saved.</translation>
        </message>
        <message>
            <source>The e-commerce id and group take printable characters only. Nothing was saved.</source>
            <translation>The e-commerce id and group take printable characters only. Nothing was saved.</translation>
        </message>
        <message>
            <source>The main account is the built-in sandbox: more accounts are its e-commerces, with no address. Leave the address empty, or set the main account's API address and key first. Nothing was saved.</source>
            <translation>The main account is the built-in sandbox: more accounts are its e-commerces, with no address. Leave the address empty, or set the main account's API address and key first. Nothing was saved.</translation>
        </message>
        <message>
            <source>An e-commerce of the built-in sandbox needs no key: leave the key empty. Nothing was saved.</source>
            <translation>An e-commerce of the built-in sandbox needs no key: leave the key empty. Nothing was saved.</translation>
        </message>
        <message>
            <source>Give the account's REVER API address (https://…): the main account is not the sandbox. Nothing was saved.</source>
            <translation>Give the account's REVER API address (https://…): the main account is not the sandbox. Nothing was saved.</translation>
        </message>
        <message>
            <source>The account's address has a user name, a password, a “?…” or a “#…” in it: an address is never a place for a secret (the key goes in its own field). Give the address alone. Nothing was saved.</source>
            <translation>The account's address has a user name, a password, a “?…” or a “#…” in it: an address is never a place for a secret (the key goes in its own field). Give the address alone. Nothing was saved.</translation>
        </message>
        <message>
            <source>The account's address cannot be used: {why}</source>
            <translation>The account's address cannot be used: {why}</translation>
        </message>
        <message>
            <source>“{name}” is the same e-commerce as the main account “{other}” at the same address: it needs no account of its own. Nothing was saved.</source>
            <translation>“{name}” is the same e-commerce as the main account “{other}” at the same address: it needs no account of its own. Nothing was saved.</translation>
        </message>
        <message>
            <source>“{name}” is the same e-commerce as “{other}” at the same address: type “{other}” to replace that account. Nothing was saved.</source>
            <translation>“{name}” is the same e-commerce as “{other}” at the same address: type “{other}” to replace that account. Nothing was saved.</translation>
        </message>
        <message>
            <source>The station holds {limit} more accounts, the most it can: remove one first. Nothing was saved.</source>
            <translation>The station holds {limit} more accounts, the most it can: remove one first. Nothing was saved.</translation>
        </message>
        <message>
            <source>No key is stored for this account, and {env} is not set: type its API key. Nothing was saved.</source>
            <translation>No key is stored for this account, and {env} is not set: type its API key. Nothing was saved.</translation>
        </message>
        <message>
            <source>it is not a valid address. Nothing was saved.</source>
            <translation>it is not a valid address. Nothing was saved.</translation>
        </message>
        <message>
            <source>it must start with https:// (plain http is only for this computer). Nothing was saved.</source>
            <translation>it must start with https:// (plain http is only for this computer). Nothing was saved.</translation>
        </message>
        <message>
            <source>The main account would be named “{name}” in the list, as the account “{other}” is: give the main account another name.</source>
            <extracomment>A key stored for it was deleted from the credential store. Its key variable (``REVDESK_API_KEY__&lt;NAME&gt;``) is set: only whoever set it can unset it.</extracomment>
            <translation>The main account would be named “{name}” in the list, as the account “{other}” is: give the main account another name.</translation>
        </message>
        <message>
            <source>The main account would be the same e-commerce, at the same address, as the account “{name}”: remove that account (More REVER accounts…) or give the main account another e-commerce.</source>
            <translation>The main account would be the same e-commerce, at the same address, as the account “{name}”: remove that account (More REVER accounts…) or give the main account another e-commerce.</translation>
        </message>
        <message>
            <source>The accounts {names} have a REVER address: they cannot go with a main account on the built-in sandbox. Set the API address and key, or remove them (More REVER accounts…).</source>
            <translation>The accounts {names} have a REVER address: they cannot go with a main account on the built-in sandbox. Set the API address and key, or remove them (More REVER accounts…).</translation>
        </message>
        <message>
            <source>The accounts {names} are e-commerces of the built-in sandbox: they cannot go with a main account at a REVER address. Remove them (More REVER accounts…) and add them with their own address and key.</source>
            <translation>The accounts {names} are e-commerces of the built-in sandbox: they cannot go with a main account at a REVER address. Remove them (More REVER accounts…) and add them with their own address and key.</translation>
        </message>
        <message>
            <source>The account “{name}” has no e-commerce id or group: its returns are those of one.</source>
            <translation>The account “{name}” has no e-commerce id or group: its returns are those of one.</translation>
        </message>
        <message>
            <source>The address of the account “{name}” has a user name, a password, a “?…” or a “#…” in it: an address is never a place for a secret.</source>
            <translation>The address of the account “{name}” has a user name, a password, a “?…” or a “#…” in it: an address is never a place for a secret.</translation>
        </message>
        <message>
            <source>The accounts “{other}” and “{name}” would both read their key from {env}: each account needs a name of its own.</source>
            <translation>The accounts “{other}” and “{name}” would both read their key from {env}: each account needs a name of its own.</translation>
        </message>
        <message>
            <source>The accounts “{other}” and “{name}” are the same e-commerce at the same address: one account is enough.</source>
            <translation>The accounts “{other}” and “{name}” are the same e-commerce at the same address: one account is enough.</translation>
        </message>
        <message>
            <source>{count} more REVER accounts: a station holds at most {limit} (a return no account is known to own is asked of each at once).</source>
            <translation>{count} more REVER accounts: a station holds at most {limit} (a return no account is known to own is asked of each at once).</translation>
        </message>
        <message>
            <source>More REVER accounts</source>
            <translation>More REVER accounts</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>E-commerce or group</source>
            <translation>E-commerce or group</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>&amp;Add or replace</source>
            <translation>&amp;Add or replace</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <extracomment>Tests the form's account (its key typed, else the one stored) as Settings' Test connection does the main one's: a lead setting up a merchant knows at once.</extracomment>
            <translation>&amp;Test</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>A&amp;ddress:</translation>
        </message>
        <message>
            <source>&amp;E-commerce id:</source>
            <translation>&amp;E-commerce id:</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Group:</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API &amp;key:</translation>
        </message>
        <message>
            <source>The main account is the built-in sandbox: more accounts are its e-commerces, with no address and no key.</source>
            <translation>The main account is the built-in sandbox: more accounts are its e-commerces, with no address and no key.</translation>
        </message>
        <message>
            <source>none (built-in sandbox)</source>
            <translation>none (built-in sandbox)</translation>
        </message>
        <message>
            <source>Each account needs its REVER API address (https://…) and its own key, kept in this computer's credential store.</source>
            <translation>Each account needs its REVER API address (https://…) and its own key, kept in this computer's credential store.</translation>
        </message>
        <message>
            <source>The key is stored in this computer's credential store, never in a file; {env} in the environment wins over it. Leave it empty to keep a stored key.</source>
            <translation>The key is stored in this computer's credential store, never in a file; {env} in the environment wins over it. Leave it empty to keep a stored key.</translation>
        </message>
        <message>
            <source>Choose the account to remove in the list (the main account is set in Settings).</source>
            <translation>Choose the account to remove in the list (the main account is set in Settings).</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Testing…</translation>
        </message>
        <message>
            <source>Type the key to test it: a stored key, or one from the environment, is only used for its own saved account, unchanged.</source>
            <translation>Type the key to test it: a stored key, or one from the environment, is only used for its own saved account, unchanged.</translation>
        </message>
        <message>
            <source>The test itself failed ({error}); the details are in the log.</source>
            <translation>The test itself failed ({error}); the details are in the log.</translation>
        </message>
    </context>
    <context>
        <name>ReverAdmin</name>
        <message>
            <source>Not sent: {problems}.</source>
            <extracomment>Label files are refused above this size (the upload limit of the station is the same). A list is followed at most this far: a server that hands out a new token with every page would otherwise be followed for ever (an exactly repeated token is caught sooner).</extracomment>
            <translation>Not sent: {problems}.</translation>
        </message>
        <message>
            <source>This return has no label yet.</source>
            <translation>This return has no label yet.</translation>
        </message>
        <message>
            <source>REVER's list has more than {limit} returns, more than the station reads at once; it stopped there. Narrow it with a status or a search.</source>
            <translation>REVER's list has more than {limit} returns, more than the station reads at once; it stopped there. Narrow it with a status or a search.</translation>
        </message>
        <message>
            <source>REVER's list did not end after {limit} pages; the station stopped there. Narrow it with a status or a search.</source>
            <translation>REVER's list did not end after {limit} pages; the station stopped there. Narrow it with a status or a search.</translation>
        </message>
        <message>
            <source>REVER sent the same page twice; the list stopped there.</source>
            <translation>REVER sent the same page twice; the list stopped there.</translation>
        </message>
        <message>
            <source>REVER has no list of returns at this address (HTTP 404).</source>
            <translation>REVER has no list of returns at this address (HTTP 404).</translation>
        </message>
        <message>
            <source>REVER's answer to the list request could not be read.</source>
            <translation>REVER's answer to the list request could not be read.</translation>
        </message>
        <message>
            <source>Cannot list returns: {cause}</source>
            <translation>Cannot list returns: {cause}</translation>
        </message>
    </context>
    <context>
        <name>Reversio</name>
        <message>
            <source>Product {n}</source>
            <extracomment>[doc 000] "a token has a validity of one hour": the lifetime taken when a JWT's payload says nothing readable about it. A token is renewed this long before its end (a tenth of a short test token's life)... An answer larger than this is refused unread: none of these calls comes near it. A self-care link longer than this is not printed as a QR code.</extracomment>
            <translation>Product {n}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>is required</translation>
        </message>
        <message>
            <source>is not a field of a Revers.io order</source>
            <translation>is not a field of a Revers.io order</translation>
        </message>
        <message>
            <source>must be one of {values}</source>
            <translation>must be one of {values}</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>must be a number</translation>
        </message>
        <message>
            <source>Revers.io refused the request:</source>
            <translation>Revers.io refused the request:</translation>
        </message>
        <message>
            <source>The order cannot be sent to Revers.io as it is:</source>
            <translation>The order cannot be sent to Revers.io as it is:</translation>
        </message>
        <message>
            <source>it gave no reason.</source>
            <translation>it gave no reason.</translation>
        </message>
        <message>
            <source>Revers.io does not know this order.</source>
            <translation>Revers.io does not know this order.</translation>
        </message>
        <message>
            <source>Revers.io refused the subscription key or the secret. Ask the warehouse lead to check the Revers.io account in the settings.</source>
            <translation>Revers.io refused the subscription key or the secret. Ask the warehouse lead to check the Revers.io account in the settings.</translation>
        </message>
        <message>
            <source>This Revers.io account is not allowed to do that. Ask the warehouse lead.</source>
            <translation>This Revers.io account is not allowed to do that. Ask the warehouse lead.</translation>
        </message>
        <message>
            <source>Revers.io answered the token request with something that is not a token.</source>
            <extracomment>A JWT as plain text: three base64url parts (the signature may be empty).</extracomment>
            <translation>Revers.io answered the token request with something that is not a token.</translation>
        </message>
        <message>
            <source>it must start with https:// (plain http only to this computer)</source>
            <translation>it must start with https:// (plain http only to this computer)</translation>
        </message>
        <message>
            <source>The Revers.io address “{url}” cannot be used: {why}. Fix it in the station settings or in REVDESK_REVERSIO_URL.</source>
            <translation>The Revers.io address “{url}” cannot be used: {why}. Fix it in the station settings or in REVDESK_REVERSIO_URL.</translation>
        </message>
        <message>
            <source>subscription key</source>
            <translation>subscription key</translation>
        </message>
        <message>
            <source>secret</source>
            <translation>secret</translation>
        </message>
        <message>
            <source>The Revers.io account {account} has no {what}. Set it in the settings or in the environment.</source>
            <translation>The Revers.io account {account} has no {what}. Set it in the settings or in the environment.</translation>
        </message>
        <message>
            <source>The Revers.io {what} has {why} in it. Paste it again, without anything around it.</source>
            <translation>The Revers.io {what} has {why} in it. Paste it again, without anything around it.</translation>
        </message>
        <message>
            <source>Revers.io did not answer in time. Check the network and try again.</source>
            <extracomment>Tokens fetched so far: a call that waited while one was fetched uses it.</extracomment>
            <translation>Revers.io did not answer in time. Check the network and try again.</translation>
        </message>
        <message>
            <source>No connection to Revers.io. Check the network; nothing was changed.</source>
            <translation>No connection to Revers.io. Check the network; nothing was changed.</translation>
        </message>
        <message>
            <source>Revers.io sent an answer too large to read.</source>
            <translation>Revers.io sent an answer too large to read.</translation>
        </message>
        <message>
            <source>Revers.io sent an answer the station cannot read.</source>
            <translation>Revers.io sent an answer the station cannot read.</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>Revers.io is busy (too many requests). Wait a few seconds and try again.</source>
            <translation>Revers.io is busy (too many requests). Wait a few seconds and try again.</translation>
        </message>
        <message>
            <source>Revers.io had a problem on its side. Try again in a moment.</source>
            <translation>Revers.io had a problem on its side. Try again in a moment.</translation>
        </message>
        <message>
            <source>Revers.io refused this request (HTTP {status}).</source>
            <translation>Revers.io refused this request (HTTP {status}).</translation>
        </message>
        <message>
            <source>Type an order reference first.</source>
            <translation>Type an order reference first.</translation>
        </message>
        <message>
            <source>Revers.io took the order but did not say its id.</source>
            <translation>Revers.io took the order but did not say its id.</translation>
        </message>
        <message>
            <source>Type the Revers.io order id first.</source>
            <translation>Type the Revers.io order id first.</translation>
        </message>
        <message>
            <source>Revers.io did not give a link.</source>
            <translation>Revers.io did not give a link.</translation>
        </message>
        <message>
            <source>Revers.io gave a link that is not a web address: {link}</source>
            <translation>Revers.io gave a link that is not a web address: {link}</translation>
        </message>
        <message>
            <source>is not an id of the form 00000000-0000-0000-0000-000000000000</source>
            <translation>is not an id of the form 00000000-0000-0000-0000-000000000000</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>is empty</translation>
        </message>
        <message>
            <source>is not a date and time such as 2021-06-01T14:46:28Z</source>
            <translation>is not a date and time such as 2021-06-01T14:46:28Z</translation>
        </message>
        <message>
            <source>Order reference</source>
            <extracomment>Plain words for the document's field names, in errors[] and in the station's own checks.</extracomment>
            <translation>Order reference</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Address, second line</source>
            <translation>Address, second line</translation>
        </message>
        <message>
            <source>Door code</source>
            <translation>Door code</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>Floor</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Country code</translation>
        </message>
        <message>
            <source>Address phone</source>
            <translation>Address phone</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Purchase date</source>
            <translation>Purchase date</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Model id</source>
            <translation>Model id</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Order line</source>
            <translation>Order line</translation>
        </message>
        <message>
            <source>Supplier id</source>
            <translation>Supplier id</translation>
        </message>
        <message>
            <source>Shipping price</source>
            <translation>Shipping price</translation>
        </message>
        <message>
            <source>Sales channel</source>
            <translation>Sales channel</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Store</translation>
        </message>
        <message>
            <source>Order id</source>
            <translation>Order id</translation>
        </message>
        <message>
            <source>(no status given)</source>
            <extracomment>The built-in sandbox takes any non-empty pair; these say what they are in a log line. The in-process origin the embedded sandbox answers on (as backend.EMBEDDED_URL). The problem in the operator's words ("" when there is a status). The error behind ``problem``, for a caller that sorts failures (the CLI's exit code).</extracomment>
            <translation>(no status given)</translation>
        </message>
        <message>
            <source>not known to this account</source>
            <translation>not known to this account</translation>
        </message>
        <message>
            <source>Revers.io</source>
            <translation>Revers.io</translation>
        </message>
        <message>
            <source>There is no Revers.io account named “{name}”.</source>
            <translation>There is no Revers.io account named “{name}”.</translation>
        </message>
        <message>
            <source>A Revers.io key or secret is set but no Revers.io address: set REVDESK_REVERSIO_URL or add the account in the settings.</source>
            <translation>A Revers.io key or secret is set but no Revers.io address: set REVDESK_REVERSIO_URL or add the account in the settings.</translation>
        </message>
        <message>
            <source>The Revers.io account “{name}” has no subscription key or no secret. Set them in the settings, or in REVDESK_REVERSIO_SUBSCRIPTION_KEY and REVDESK_REVERSIO_SECRET.</source>
            <translation>The Revers.io account “{name}” has no subscription key or no secret. Set them in the settings, or in REVDESK_REVERSIO_SUBSCRIPTION_KEY and REVDESK_REVERSIO_SECRET.</translation>
        </message>
        <message>
            <source>Finish your return online</source>
            <translation>Finish your return online</translation>
        </message>
        <message>
            <source>Order: {order}</source>
            <translation>Order: {order}</translation>
        </message>
        <message>
            <source>Revers.io order id: {id}</source>
            <translation>Revers.io order id: {id}</translation>
        </message>
        <message>
            <source>Account: {account}</source>
            <translation>Account: {account}</translation>
        </message>
        <message>
            <source>Scan the code with your phone's camera.</source>
            <translation>Scan the code with your phone's camera.</translation>
        </message>
    </context>
    <context>
        <name>ReversioAccounts</name>
        <message>
            <source>Set by {names} in the environment (what is typed here is stored, but the environment's are used).</source>
            <extracomment>As ``revdesk reversio account-add`` allows.</extracomment>
            <translation>Set by {names} in the environment (what is typed here is stored, but the environment's are used).</translation>
        </message>
        <message>
            <source> and </source>
            <translation> and </translation>
        </message>
        <message>
            <source>{name} in the environment is used for this run, whatever is stored.</source>
            <translation>{name} in the environment is used for this run, whatever is stored.</translation>
        </message>
        <message>
            <source>Type the account's address, then its subscription key and secret.</source>
            <translation>Type the account's address, then its subscription key and secret.</translation>
        </message>
        <message>
            <source>A key and secret are stored in this computer's credential store for this address — leave both empty to keep them.</source>
            <translation>A key and secret are stored in this computer's credential store for this address — leave both empty to keep them.</translation>
        </message>
        <message>
            <source>No key and secret are stored for this address — type both here.</source>
            <translation>No key and secret are stored for this address — type both here.</translation>
        </message>
        <message>
            <source>from the environment</source>
            <translation>from the environment</translation>
        </message>
        <message>
            <source>stored</source>
            <translation>stored</translation>
        </message>
        <message>
            <source>MISSING</source>
            <translation>MISSING</translation>
        </message>
        <message>
            <source>Revers.io accounts</source>
            <translation>Revers.io accounts</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Key and secret</source>
            <translation>Key and secret</translation>
        </message>
        <message>
            <source>Set for this run by the environment (wins over what you save here): {names}</source>
            <translation>Set for this run by the environment (wins over what you save here): {names}</translation>
        </message>
        <message>
            <source>&amp;Add or replace</source>
            <translation>&amp;Add or replace</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>A&amp;ddress:</translation>
        </message>
        <message>
            <source>Subscription &amp;key:</source>
            <translation>Subscription &amp;key:</translation>
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation>&amp;Secret:</translation>
        </message>
        <message>
            <source>Give the account a name (printable characters only).</source>
            <translation>Give the account a name (printable characters only).</translation>
        </message>
        <message>
            <source>Type both the subscription key and the secret: they are stored together. Nothing was saved.</source>
            <translation>Type both the subscription key and the secret: they are stored together. Nothing was saved.</translation>
        </message>
        <message>
            <source>No key and secret are stored for this address: type both. Nothing was saved.</source>
            <translation>No key and secret are stored for this address: type both. Nothing was saved.</translation>
        </message>
        <message>
            <source>Choose the account to remove in the list.</source>
            <translation>Choose the account to remove in the list.</translation>
        </message>
    </context>
    <context>
        <name>ReversioCli</name>
        <message>
            <source>Revers.io from the built-in sandbox (no Revers.io account set)</source>
            <translation>Revers.io from the built-in sandbox (no Revers.io account set)</translation>
        </message>
        <message>
            <source>no Revers.io account named “{name}”; the accounts: {names}</source>
            <translation>no Revers.io account named “{name}”; the accounts: {names}</translation>
        </message>
        <message>
            <source>several Revers.io accounts: choose one with --account ({names})</source>
            <translation>several Revers.io accounts: choose one with --account ({names})</translation>
        </message>
        <message>
            <source>give an order reference</source>
            <translation>give an order reference</translation>
        </message>
        <message>
            <source>no Revers.io account knows the order {reference}</source>
            <translation>no Revers.io account knows the order {reference}</translation>
        </message>
        <message>
            <source>Revers.io could not be asked: see the rows above</source>
            <translation>Revers.io could not be asked: see the rows above</translation>
        </message>
        <message>
            <source>cannot read {file}: {why}</source>
            <extracomment>An order file larger than this is not one (the document's example is about 2 kB).</extracomment>
            <translation>cannot read {file}: {why}</translation>
        </message>
        <message>
            <source>{file} is not a regular file</source>
            <translation>{file} is not a regular file</translation>
        </message>
        <message>
            <source>{file} is too large for an order</source>
            <translation>{file} is too large for an order</translation>
        </message>
        <message>
            <source>{file} is not JSON: {why}</source>
            <translation>{file} is not JSON: {why}</translation>
        </message>
        <message>
            <source>{file} is not a JSON object</source>
            <translation>{file} is not a JSON object</translation>
        </message>
        <message>
            <source>no Revers.io account: the built-in sandbox serves Revers.io</source>
            <translation>no Revers.io account: the built-in sandbox serves Revers.io</translation>
        </message>
        <message>
            <source>key and secret set</source>
            <translation>key and secret set</translation>
        </message>
        <message>
            <source>key or secret MISSING</source>
            <translation>key or secret MISSING</translation>
        </message>
        <message>
            <source>give the account a name of up to 60 printable characters</source>
            <translation>give the account a name of up to 60 printable characters</translation>
        </message>
        <message>
            <source>both the subscription key and the secret are needed; nothing was saved</source>
            <translation>both the subscription key and the secret are needed; nothing was saved</translation>
        </message>
        <message>
            <source>Revers.io account {name} saved; its key and secret are in the credential store</source>
            <translation>Revers.io account {name} saved; its key and secret are in the credential store</translation>
        </message>
    </context>
    <context>
        <name>ReversioDialog</name>
        <message>
            <source>Order reference</source>
            <extracomment>The walk-in form: (the document's path, its label). Each field gets an error line.
----------
The customer's order reference of the link, when known (the slip shows it). (account, order id, reference) of the order last chosen or imported.</extracomment>
            <translation>Order reference</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Country code</translation>
        </message>
        <message>
            <source>Purchase date (UTC)</source>
            <translation>Purchase date (UTC)</translation>
        </message>
        <message>
            <source>Product model id</source>
            <translation>Product model id</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Sales channel</source>
            <translation>Sales channel</translation>
        </message>
        <message>
            <source>Revers.io</source>
            <translation>Revers.io</translation>
        </message>
        <message>
            <source>Order status</source>
            <translation>Order status</translation>
        </message>
        <message>
            <source>Walk-in order</source>
            <translation>Walk-in order</translation>
        </message>
        <message>
            <source>Self-care link</source>
            <translation>Self-care link</translation>
        </message>
        <message>
            <source>&amp;Look up</source>
            <translation>&amp;Look up</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Order id</source>
            <translation>Order id</translation>
        </message>
        <message>
            <source>Self-care link for this order</source>
            <translation>Self-care link for this order</translation>
        </message>
        <message>
            <source>Type an order reference first.</source>
            <translation>Type an order reference first.</translation>
        </message>
        <message>
            <source>Asking Revers.io…</source>
            <translation>Asking Revers.io…</translation>
        </message>
        <message>
            <source>Revers.io order status</source>
            <translation>Revers.io order status</translation>
        </message>
        <message numerus="yes">
            <source>Known to %n account(s).</source>
            <translation>
                <numerusform>Known to %n account.</numerusform>
                <numerusform>Known to %n accounts.</numerusform>
            </translation>
        </message>
        <message>
            <source>No account knows this order.</source>
            <translation>No account knows this order.</translation>
        </message>
        <message>
            <source>(not said)</source>
            <translation>(not said)</translation>
        </message>
        <message>
            <source>Mr</source>
            <translation>Mr</translation>
        </message>
        <message>
            <source>Mrs</source>
            <translation>Mrs</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Store</translation>
        </message>
        <message>
            <source>&amp;Import order</source>
            <translation>&amp;Import order</translation>
        </message>
        <message>
            <source>Sending the order…</source>
            <translation>Sending the order…</translation>
        </message>
        <message>
            <source>Imported on {account}: order id {id}.</source>
            <translation>Imported on {account}: order id {id}.</translation>
        </message>
        <message>
            <source>Revers.io import</source>
            <translation>Revers.io import</translation>
        </message>
        <message>
            <source>See the fields marked in red.</source>
            <translation>See the fields marked in red.</translation>
        </message>
        <message>
            <source>Revers.io order id</source>
            <translation>Revers.io order id</translation>
        </message>
        <message>
            <source>&amp;Create link</source>
            <translation>&amp;Create link</translation>
        </message>
        <message>
            <source>&amp;Print slip</source>
            <translation>&amp;Print slip</translation>
        </message>
        <message>
            <source>Type the Revers.io order id first.</source>
            <translation>Type the Revers.io order id first.</translation>
        </message>
        <message>
            <source>Asking Revers.io for a link…</source>
            <translation>Asking Revers.io for a link…</translation>
        </message>
        <message>
            <source>Link made on {account}. Print the slip for the customer.</source>
            <translation>Link made on {account}. Print the slip for the customer.</translation>
        </message>
        <message>
            <source>Revers.io self-care link</source>
            <translation>Revers.io self-care link</translation>
        </message>
        <message>
            <source>Print slip</source>
            <translation>Print slip</translation>
        </message>
        <message>
            <source>The slip was sent to the intake printer.</source>
            <translation>The slip was sent to the intake printer.</translation>
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
        <name>ScanPipeline</name>
        <message>
            <source>pick {n} of {count}</source>
            <extracomment>How many matches a look-up by order or tracking number asks for. The status of a cancelled return (it stays so: a scan never changes it). Scan results kept for undo and the recent list. Scans checked at once (their reads of REVER overlap). Four keep pace with a parcel every 2 s while REVER takes up to ~8 s a read (bench/scan_slow.py), and stay a small load on REVER and on a Wi-Fi that struggles. The return it is about, as far as known when it starts (else its read). The scan started just before it (until this one is told): its change is written first, its result told first. Its change is durable in the outbox, or it makes none: the next may write. Its final outcome was told: it is over. It holds one of the CHECKS_AT_ONCE places until decided. Where each status scan is written the moment it is accepted (None: memory only). The Storefront API, when the station has one: an order number that neither the list nor REVER's search knows is looked up there last. A cancelled return is not set to another status by a scan: the lead decides. The returns list the station holds: a scan is looked for there first (no network). The station's scan settings in force (read when a scan needs them): what a CANCELED or ERROR scan leaves selected after it. The latest status scan that matched several returns, until one is chosen (a digit in the pick list, or a second scan of the same parcel) or another parcel is scanned. A scan was queued, became final, or was settled later by the outbox (the same object each time, updated in place). The pipeline changed the scan action by itself (back to the default after a one-scan action). Queued scans (and undos) by their outbox entry, until REVER settles them. A scan the worker took from the queue and has not started yet (it waits for a place, or for an earlier scan of its return, or for every scan before an undo). Scans started and not told yet, by their seq (in scan order), and the latest. The newest scan whose check has begun: a pick list is kept for the scan after it only if no other parcel was scanned since. The journal row of the scan being accepted again at a start (see recover). Journal writes under way, by scan seq (each done within one group commit).</extracomment>
            <translation>pick {n} of {count}</translation>
        </message>
        <message>
            <source>Scanned at {when}, before the station stopped: too long ago to apply now. Check the parcel's return.</source>
            <translation>Scanned at {when}, before the station stopped: too long ago to apply now. Check the parcel's return.</translation>
        </message>
        <message>
            <source>Something went wrong inside the station ({kind}).</source>
            <translation>Something went wrong inside the station ({kind}).</translation>
        </message>
    </context>
    <context>
        <name>ScanResolution</name>
        <message>
            <source>process id</source>
            <extracomment>Longer reads are not resolved at all: every step below stays bounded (the contract's ids are at most this long, and no carrier barcode is longer). Keys tried per scan, at most: a read yields a handful; more would only be guesses. Searches REVER is asked per scan, at most (each one is a request while the parcel waits). Matches kept for a pick list. AIM symbology identifiers that say the data is GS1 (GS1-128, DataMatrix, QR, DataBar, DotCode). Separators a scanner sends for FNC1 / between MaxiCode fields. Application identifiers whose value may be what a carrier tracks a parcel by.</extracomment>
            <translation>process id</translation>
        </message>
        <message>
            <source>tracking</source>
            <translation>tracking</translation>
        </message>
        <message>
            <source>order</source>
            <translation>order</translation>
        </message>
        <message>
            <source>order id</source>
            <translation>order id</translation>
        </message>
        <message>
            <source>REVER, process id {id}</source>
            <extracomment>What a read sent to REVER as a process id nobody knows must look like (see :func:`may_be_process_id`): an identifier of letters and digits, not a word, a number, a symbol or text in another script. "list" (the station's returns list), "REVER" or "Storefront".</extracomment>
            <translation>REVER, process id {id}</translation>
        </message>
        <message>
            <source>Storefront (no answer)</source>
            <translation>Storefront (no answer)</translation>
        </message>
        <message>
            <source>{field} {key} → {id}</source>
            <extracomment>Set when the operator chose from a pick list, or a second scan narrowed it.</extracomment>
            <translation>{field} {key} → {id}</translation>
        </message>
        <message>
            <source>the station's list (process id, tracking, order)</source>
            <translation>the station's list (process id, tracking, order)</translation>
        </message>
        <message>
            <source>REVER search {key}</source>
            <translation>REVER search {key}</translation>
        </message>
        <message>
            <source>Storefront order {key}</source>
            <translation>Storefront order {key}</translation>
        </message>
        <message>
            <source>second scan</source>
            <translation>second scan</translation>
        </message>
    </context>
    <context>
        <name>SettingsCli</name>
        <message numerus="yes">
            <source>Imported: %n setting(s) changed in {path}.</source>
            <translation>
                <numerusform>Imported: %n setting changed in {path}.</numerusform>
                <numerusform>Imported: %n settings changed in {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Station settings</source>
            <extracomment>Offered as a starting point: the sandbox's (and REVER's demo) process ids. The environment variables that win over what Settings saves, for this run.</extracomment>
            <translation>Station settings</translation>
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
            <source>This computer cannot play sounds now ({why}).</source>
            <translation>This computer cannot play sounds now ({why}).</translation>
        </message>
        <message>
            <source>Computer's language</source>
            <translation>Computer's language</translation>
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
            <source>Type the API address too: Save stores the key for that address.</source>
            <extracomment>The e-commerce the built-in sandbox uses when none is set (backend.open_backend).</extracomment>
            <translation>Type the API address too: Save stores the key for that address.</translation>
        </message>
        <message>
            <source>Save replaces the key stored for this address with the one typed.</source>
            <translation>Save replaces the key stored for this address with the one typed.</translation>
        </message>
        <message>
            <source>Save stores the key typed in this computer's credential store, for this address.</source>
            <translation>Save stores the key typed in this computer's credential store, for this address.</translation>
        </message>
        <message>
            <source>Set by REVDESK_API_KEY in the environment (a key typed here is stored, but the environment's is used).</source>
            <translation>Set by REVDESK_API_KEY in the environment (a key typed here is stored, but the environment's is used).</translation>
        </message>
        <message>
            <source>A key is stored in this computer's credential store — leave empty to keep it.</source>
            <translation>A key is stored in this computer's credential store — leave empty to keep it.</translation>
        </message>
        <message>
            <source>No key set — the station uses the built-in sandbox.</source>
            <translation>No key set — the station uses the built-in sandbox.</translation>
        </message>
        <message>
            <source>No key is stored for this address — type it here.</source>
            <translation>No key is stored for this address — type it here.</translation>
        </message>
        <message>
            <source>Set by REVDESK_MERCHANT_KEY in the environment.</source>
            <translation>Set by REVDESK_MERCHANT_KEY in the environment.</translation>
        </message>
        <message>
            <source>No merchant platform set — not used.</source>
            <translation>No merchant platform set — not used.</translation>
        </message>
        <message>
            <source>Connection to REVER</source>
            <translation>Connection to REVER</translation>
        </message>
        <message>
            <source>empty: {name}</source>
            <translation>empty: {name}</translation>
        </message>
        <message>
            <source>More REVER accounts…</source>
            <translation>More REVER accounts…</translation>
        </message>
        <message>
            <source>A group is the id REVER gives a company with several shops (brands): set it instead of an e-commerce id to work with all of them.</source>
            <translation>A group is the id REVER gives a company with several shops (brands): set it instead of an e-commerce id to work with all of them.</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>Test &amp;connection</translation>
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
            <source>Account name:</source>
            <translation>Account name:</translation>
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
            <source>leave empty to keep the stored key</source>
            <translation>leave empty to keep the stored key</translation>
        </message>
        <message>
            <source>{name} (from {variable})</source>
            <translation>{name} (from {variable})</translation>
        </message>
        <message>
            <source>{name} (sandbox default)</source>
            <translation>{name} (sandbox default)</translation>
        </message>
        <message>
            <source>your shop's id at REVER</source>
            <translation>your shop's id at REVER</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Testing…</translation>
        </message>
        <message>
            <source>The test itself failed ({error}); the details are in the log.</source>
            <translation>The test itself failed ({error}); the details are in the log.</translation>
        </message>
        <message>
            <source>Other platforms</source>
            <translation>Other platforms</translation>
        </message>
        <message>
            <source>empty: order numbers are not looked up there</source>
            <translation>empty: order numbers are not looked up there</translation>
        </message>
        <message>
            <source>empty: not used</source>
            <translation>empty: not used</translation>
        </message>
        <message>
            <source>empty: the slip's code carries the return and its token alone</source>
            <translation>empty: the slip's code carries the return and its token alone</translation>
        </message>
        <message>
            <source>Where a walk-in customer finishes a return started at the desk: the slip's QR code opens it with the return and the customer's token.</source>
            <translation>Where a walk-in customer finishes a return started at the desk: the slip's QR code opens it with the return and the customer's token.</translation>
        </message>
        <message>
            <source>Re&amp;vers.io accounts…</source>
            <translation>Re&amp;vers.io accounts…</translation>
        </message>
        <message>
            <source>Storefront API:</source>
            <translation>Storefront API:</translation>
        </message>
        <message>
            <source>Merchant platform:</source>
            <translation>Merchant platform:</translation>
        </message>
        <message>
            <source>Merchant key:</source>
            <translation>Merchant key:</translation>
        </message>
        <message>
            <source>Returns page:</source>
            <translation>Returns page:</translation>
        </message>
        <message>
            <source>Revers.io:</source>
            <translation>Revers.io:</translation>
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
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
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
            <source>Storefront API</source>
            <translation>Storefront API</translation>
        </message>
        <message>
            <source>merchant platform</source>
            <translation>merchant platform</translation>
        </message>
        <message>
            <source>returns page</source>
            <translation>returns page</translation>
        </message>
        <message>
            <source>{what}: {why}</source>
            <translation>{what}: {why}</translation>
        </message>
        <message>
            <source>Set the API address before the key.</source>
            <translation>Set the API address before the key.</translation>
        </message>
        <message>
            <source>Set the merchant platform's address before its key.</source>
            <translation>Set the merchant platform's address before its key.</translation>
        </message>
        <message>
            <source>revdesk settings (*.json)</source>
            <extracomment>The changes listed in the confirmation at most; the rest are counted.</extracomment>
            <translation>revdesk settings (*.json)</translation>
        </message>
        <message>
            <source>E&amp;xport settings…</source>
            <translation>E&amp;xport settings…</translation>
        </message>
        <message>
            <source>Save the settings stations share to a file, for other stations: no key, no station name, operator or printer</source>
            <translation>Save the settings stations share to a file, for other stations: no key, no station name, operator or printer</translation>
        </message>
        <message>
            <source>&amp;Import settings…</source>
            <translation>&amp;Import settings…</translation>
        </message>
        <message>
            <source>Apply a file exported on another station; this station keeps its name, operator, printers and keys</source>
            <translation>Apply a file exported on another station; this station keeps its name, operator, printers and keys</translation>
        </message>
        <message>
            <source>Export settings</source>
            <translation>Export settings</translation>
        </message>
        <message>
            <source>Exported to {path}: no key, station name, operator or printer in it. Settings not saved yet are not in it either.</source>
            <translation>Exported to {path}: no key, station name, operator or printer in it. Settings not saved yet are not in it either.</translation>
        </message>
        <message>
            <source>Import settings</source>
            <translation>Import settings</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…and %n more.</numerusform>
                <numerusform>…and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Apply %n change(s) from {path}? They are saved at once, and edits not saved in this dialog are dropped.</source>
            <translation>
                <numerusform>Apply %n change from {path}? They are saved at once, and edits not saved in this dialog are dropped.</numerusform>
                <numerusform>Apply %n changes from {path}? They are saved at once, and edits not saved in this dialog are dropped.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import cancelled: nothing was changed.</source>
            <translation>Import cancelled: nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>SettingsStore</name>
        <message>
            <source>The settings file {file} is damaged and could not be read: every setting is back to its default (station name, API address, printers). The file as it was is kept as {kept}.</source>
            <extracomment>The one thing said about the key: that it changed (its name, never its value). What a change of these settings needs: a new connection (client, outbox, caches). The Storefront and merchant clients are made with the backend (``backend.open_backend``), so their addresses are here too. The walk-in's ``returns_portal_url`` and the Revers.io accounts need none: both are read from the settings in force at each use. False: the file could not be written; the change holds for this run only. The merchant platform's key was stored anew (its client holds the old one).</extracomment>
            <translation>The settings file {file} is damaged and could not be read: every setting is back to its default (station name, API address, printers). The file as it was is kept as {kept}.</translation>
        </message>
        <message>
            <source>{file} (not renamed: {why})</source>
            <translation>{file} (not renamed: {why})</translation>
        </message>
        <message>
            <source>the {setting} ({why})</source>
            <translation>the {setting} ({why})</translation>
        </message>
        <message>
            <source>In the settings file {file}, {parts} could not be used and was reset to the default.</source>
            <translation>In the settings file {file}, {parts} could not be used and was reset to the default.</translation>
        </message>
        <message>
            <source>In the settings file {file}, {parts} could not be used and were reset to the default.</source>
            <translation>In the settings file {file}, {parts} could not be used and were reset to the default.</translation>
        </message>
        <message>
            <source>Choose the printer again (Labels → Label printers…).</source>
            <translation>Choose the printer again (Labels → Label printers…).</translation>
        </message>
        <message>
            <source>Every other setting is kept; the file as it was is kept as {kept}.</source>
            <translation>Every other setting is kept; the file as it was is kept as {kept}.</translation>
        </message>
        <message>
            <source>carrier-label printer</source>
            <extracomment>A top-level setting in the operator's words, for the warning that it was reset.</extracomment>
            <translation>carrier-label printer</translation>
        </message>
        <message>
            <source>intake-label printer</source>
            <translation>intake-label printer</translation>
        </message>
        <message>
            <source>scan settings</source>
            <translation>scan settings</translation>
        </message>
        <message>
            <source>warehouse address</source>
            <translation>warehouse address</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>API address</translation>
        </message>
        <message>
            <source>Storefront API address</source>
            <translation>Storefront API address</translation>
        </message>
        <message>
            <source>returns page address</source>
            <translation>returns page address</translation>
        </message>
        <message>
            <source>e-commerce id</source>
            <translation>e-commerce id</translation>
        </message>
    </context>
    <context>
        <name>SettingsTransfer</name>
        <message>
            <source>Could not write {path}: {why}.</source>
            <extracomment>Far beyond any export (about 2 kB): a bigger file is not one, and is never read whole. The station's own settings: never exported, and kept on import. A printer profile's device: this computer's. Its stock and dpi are shared. Words that mark a field as a secret: such a field is refused, never read. The settings whose text may hold control characters: a scanner's prefix or suffix (a GS, a CR) is one. Anywhere else a control character is a hostile or damaged file. Checked as Settings checks them (https, or http to this computer); the walk-in's returns page too: its address goes into every slip's QR code. Each ``rever_accounts[].api_url`` is checked the same way (:func:`plan_import`). No setting's text comes near this (an address, a pattern, a street): a longer one is not a setting someone typed.</extracomment>
            <translation>Could not write {path}: {why}.</translation>
        </message>
        <message>
            <source>Could not read {path}: {why}.</source>
            <extracomment>The file's station-own fields, ignored (this station's own values are kept). The API address changes: this station needs its key for the new one. More REVER accounts new or changed by the file: each needs its key on this station.</extracomment>
            <translation>Could not read {path}: {why}.</translation>
        </message>
        <message>
            <source>{path} is not a settings export (it is not JSON text).</source>
            <translation>{path} is not a settings export (it is not JSON text).</translation>
        </message>
        <message>
            <source>{path} is not a revdesk settings export (it has no "format": "revdesk-settings").</source>
            <translation>{path} is not a revdesk settings export (it has no "format": "revdesk-settings").</translation>
        </message>
        <message>
            <source>{path} is a settings export of another version ({version}); this revdesk reads version {ours}.</source>
            <translation>{path} is a settings export of another version ({version}); this revdesk reads version {ours}.</translation>
        </message>
        <message>
            <source>{path} has no settings in it.</source>
            <translation>{path} has no settings in it.</translation>
        </message>
        <message>
            <source>The file's REVER accounts cannot be used: {why} Nothing was changed.</source>
            <translation>The file's REVER accounts cannot be used: {why} Nothing was changed.</translation>
        </message>
        <message>
            <source>not a setting revdesk knows</source>
            <translation>not a setting revdesk knows</translation>
        </message>
        <message>
            <source>The file's setting “{name}” cannot be used: {why}. Nothing was changed.</source>
            <translation>The file's setting “{name}” cannot be used: {why}. Nothing was changed.</translation>
        </message>
        <message>
            <source>The file's language “{code}” is not one revdesk has ({codes}). Nothing was changed.</source>
            <translation>The file's language “{code}” is not one revdesk has ({codes}). Nothing was changed.</translation>
        </message>
        <message>
            <source>The file's “{name}” cannot be used: {why} Nothing was changed.</source>
            <translation>The file's “{name}” cannot be used: {why} Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} holds “{name}”: a key or a secret is never imported. Remove it from the file (set keys on each station). Nothing was changed.</source>
            <translation>{path} holds “{name}”: a key or a secret is never imported. Remove it from the file (set keys on each station). Nothing was changed.</translation>
        </message>
        <message>
            <source>The file's setting “{name}” is longer than {limit} characters: not a setting. Nothing was changed.</source>
            <translation>The file's setting “{name}” is longer than {limit} characters: not a setting. Nothing was changed.</translation>
        </message>
        <message>
            <source>The file's setting “{name}” has a control character in it. Nothing was changed.</source>
            <translation>The file's setting “{name}” has a control character in it. Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} is not a regular file: choose a file to export to.</source>
            <translation>{path} is not a regular file: choose a file to export to.</translation>
        </message>
        <message>
            <source>{path} is not a regular file.</source>
            <translation>{path} is not a regular file.</translation>
        </message>
        <message>
            <source>{path} is larger than {limit} kB: not a settings export. Nothing was changed.</source>
            <translation>{path} is larger than {limit} kB: not a settings export. Nothing was changed.</translation>
        </message>
        <message>
            <source>No setting changes: the file matches this station.</source>
            <translation>No setting changes: the file matches this station.</translation>
        </message>
        <message>
            <source>Kept as this station has them: {names}.</source>
            <translation>Kept as this station has them: {names}.</translation>
        </message>
        <message>
            <source>The API address changes: set this station's API key for it (keys are never imported).</source>
            <translation>The API address changes: set this station's API key for it (keys are never imported).</translation>
        </message>
        <message>
            <source>Set the key of these REVER accounts on this station (keys are never imported): {names}.</source>
            <translation>Set the key of these REVER accounts on this station (keys are never imported): {names}.</translation>
        </message>
    </context>
    <context>
        <name>Shelf</name>
        <message>
            <source>The return is cancelled: pull the parcel back and put it aside for the lead. Retrying cannot help.</source>
            <extracomment>Refusals that sending the same change again can never turn into a success. What to do with the parcel, by kind of refusal (and "cancelled" where the list, or REVER's words, say the return is cancelled).</extracomment>
            <translation>The return is cancelled: pull the parcel back and put it aside for the lead. Retrying cannot help.</translation>
        </message>
        <message>
            <source>REVER has no such return: pull the parcel back and put it aside for the lead. Retrying cannot help.</source>
            <translation>REVER has no such return: pull the parcel back and put it aside for the lead. Retrying cannot help.</translation>
        </message>
        <message>
            <source>REVER refused this status for the return: pull the parcel back and give it to the lead. Retrying cannot help.</source>
            <translation>REVER refused this status for the return: pull the parcel back and give it to the lead. Retrying cannot help.</translation>
        </message>
        <message>
            <source>REVER does not take this change: pull the parcel back and give it to the lead. Retrying cannot help.</source>
            <translation>REVER does not take this change: pull the parcel back and give it to the lead. Retrying cannot help.</translation>
        </message>
        <message>
            <source>The station's API key was refused: pull the parcel back and keep it by the desk; once the lead has fixed the key, retry it.</source>
            <translation>The station's API key was refused: pull the parcel back and keep it by the desk; once the lead has fixed the key, retry it.</translation>
        </message>
        <message>
            <source>Pull the parcel back and ask the lead; retry it once the cause is fixed.</source>
            <translation>Pull the parcel back and ask the lead; retry it once the cause is fixed.</translation>
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
        <message numerus="yes">
            <source>%n parcel(s) to pull back</source>
            <translation>
                <numerusform>%n parcel to pull back</numerusform>
                <numerusform>%n parcels to pull back</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) will be sent again.</source>
            <translation>
                <numerusform>%n change will be sent again.</numerusform>
                <numerusform>%n changes will be sent again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot succeed by retrying: see what to do.</source>
            <translation>
                <numerusform>%n cannot succeed by retrying: see what to do.</numerusform>
                <numerusform>%n cannot succeed by retrying: see what to do.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parcel(s) taken off the shelf.</source>
            <translation>
                <numerusform>%n parcel taken off the shelf.</numerusform>
                <numerusform>%n parcels taken off the shelf.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to pull back.</source>
            <translation>Nothing to pull back.</translation>
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
            <source>&amp;Revers.io…</source>
            <translation>&amp;Revers.io…</translation>
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
        <name>StationCore</name>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} and %n more</numerusform>
                <numerusform>{names} and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n scan(s) made before the station stopped unexpectedly could not be applied: {names}. Check these parcels (History shows why).</source>
            <translation>
                <numerusform>%n scan made before the station stopped unexpectedly could not be applied: {names}. Check these parcels (History shows why).</numerusform>
                <numerusform>%n scans made before the station stopped unexpectedly could not be applied: {names}. Check these parcels (History shows why).</numerusform>
            </translation>
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
        <name>Status</name>
        <message>
            <source>Not sent: no process id was given.</source>
            <translation>Not sent: no process id was given.</translation>
        </message>
        <message>
            <source>Not sent: “{id}” is not a process id (it has spaces).</source>
            <translation>Not sent: “{id}” is not a process id (it has spaces).</translation>
        </message>
        <message>
            <source>Not sent: “{id}” ({length} characters) is not a process id: an id has at most {limit} characters.</source>
            <translation>Not sent: “{id}” ({length} characters) is not a process id: an id has at most {limit} characters.</translation>
        </message>
        <message>
            <source>Not sent: “{id}” is not a process id (it has control characters).</source>
            <translation>Not sent: “{id}” is not a process id (it has control characters).</translation>
        </message>
        <message>
            <source>Not sent: “{id}” is not a process id.</source>
            <translation>Not sent: “{id}” is not a process id.</translation>
        </message>
        <message>
            <source>at the terminal</source>
            <extracomment>Who made a change, as the operator reads it after "set to ERROR ...".</extracomment>
            <translation>at the terminal</translation>
        </message>
        <message>
            <source>in the return's detail</source>
            <translation>in the return's detail</translation>
        </message>
        <message>
            <source>by a bulk change</source>
            <translation>by a bulk change</translation>
        </message>
        <message>
            <source>by a later scan</source>
            <translation>by a later scan</translation>
        </message>
        <message>
            <source>by an undo</source>
            <translation>by an undo</translation>
        </message>
        <message>
            <source>by {source}</source>
            <translation>by {source}</translation>
        </message>
        <message>
            <source>elsewhere</source>
            <translation>elsewhere</translation>
        </message>
        <message>
            <source>{id} was set to {status} {where} after this scan: not changed</source>
            <translation>{id} was set to {status} {where} after this scan: not changed</translation>
        </message>
        <message>
            <source>Not sent: {status} is not a shipping status.</source>
            <extracomment>True when the sender queues changes it cannot send now (the outbox). Every change attempt, successful or not (the list updates its rows from it).</extracomment>
            <translation>Not sent: {status} is not a shipping status.</translation>
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
        <name>Transport</name>
        <message>
            <source>it has a control character in it</source>
            <extracomment>An answer larger than this is refused unread: no page of the contract comes near it. A stalled server is given up on well before an operator would give up on the station. httpx's read timeout is per chunk: an answer that trickles a byte every few seconds would never end. One try, connect to last byte, never takes longer than this. JSON nested deeper than this is refused: no answer of the contract comes near it, and far deeper would exhaust the recursion of the decoder and of everything that walks it. A label download follows at most this many redirects, each checked like the first address.</extracomment>
            <translation>it has a control character in it</translation>
        </message>
        <message>
            <source>it has a space in it</source>
            <translation>it has a space in it</translation>
        </message>
        <message>
            <source>its port is not a number from 1 to 65535</source>
            <translation>its port is not a number from 1 to 65535</translation>
        </message>
        <message>
            <source>it cannot be read as an address</source>
            <translation>it cannot be read as an address</translation>
        </message>
        <message>
            <source>it cannot be read as an address ({reason})</source>
            <translation>it cannot be read as an address ({reason})</translation>
        </message>
        <message>
            <source>The API address “{address}” is not a valid address: {why}. Fix it in the station settings or in REVDESK_API_URL.</source>
            <translation>The API address “{address}” is not a valid address: {why}. Fix it in the station settings or in REVDESK_API_URL.</translation>
        </message>
        <message>
            <source>it is a relative address, not a web address</source>
            <translation>it is a relative address, not a web address</translation>
        </message>
        <message>
            <source>it is a {scheme}: address, not a web address</source>
            <translation>it is a {scheme}: address, not a web address</translation>
        </message>
        <message>
            <source>it names no host</source>
            <translation>it names no host</translation>
        </message>
        <message>
            <source>it is a link-local address, never a label host</source>
            <translation>it is a link-local address, never a label host</translation>
        </message>
        <message>
            <source>it is not the address of a web server</source>
            <translation>it is not the address of a web server</translation>
        </message>
        <message>
            <source>labels are downloaded over https only (plain http only from this computer)</source>
            <translation>labels are downloaded over https only (plain http only from this computer)</translation>
        </message>
        <message>
            <source>a control character (such as a line break, a tab or an escape)</source>
            <translation>a control character (such as a line break, a tab or an escape)</translation>
        </message>
        <message>
            <source>a character that is not plain ASCII (such as é or an invisible mark)</source>
            <translation>a character that is not plain ASCII (such as é or an invisible mark)</translation>
        </message>
        <message>
            <source>The API key in {where} has {why} in it, so it cannot be a REVER key. Paste the key again, without anything around it.</source>
            <translation>The API key in {where} has {why} in it, so it cannot be a REVER key. Paste the key again, without anything around it.</translation>
        </message>
        <message>
            <source>REVER does not take this request at this address. Nothing was changed.</source>
            <extracomment>A key at least this long is blanked wherever it appears. A shorter one only where it stands alone: blanked inside words, a one-letter key would turn "Check the network" into "Chec*** the networ***". REVER's Retry-After, when the station waits across calls (the outbox, a bulk change), is honoured between these: a larger one is capped (a scan is never parked for days), a smaller one raised (a few seconds, as REVER's documents ask).</extracomment>
            <translation>REVER does not take this request at this address. Nothing was changed.</translation>
        </message>
        <message>
            <source>REVER does not offer this request (it answered "not implemented"). Nothing was changed.</source>
            <translation>REVER does not offer this request (it answered "not implemented"). Nothing was changed.</translation>
        </message>
        <message>
            <source>REVER refused this request: {message}</source>
            <translation>REVER refused this request: {message}</translation>
        </message>
        <message>
            <source>REVER refused this request (HTTP {status}).</source>
            <translation>REVER refused this request (HTTP {status}).</translation>
        </message>
        <message>
            <source>the station's settings</source>
            <translation>the station's settings</translation>
        </message>
        <message>
            <source>REVER gave a label address the station cannot read.</source>
            <translation>REVER gave a label address the station cannot read.</translation>
        </message>
        <message>
            <source>The label's address {address} has a certificate that is not valid ({reason}). The label was not downloaded.</source>
            <translation>The label's address {address} has a certificate that is not valid ({reason}). The label was not downloaded.</translation>
        </message>
        <message>
            <source>The label's address {address} redirected to an address that is not valid. The label was not downloaded.</source>
            <translation>The label's address {address} redirected to an address that is not valid. The label was not downloaded.</translation>
        </message>
        <message>
            <source>The label's address {address} redirected more than {limit} times; the station stopped there. The label was not downloaded.</source>
            <translation>The label's address {address} redirected more than {limit} times; the station stopped there. The label was not downloaded.</translation>
        </message>
        <message>
            <source>REVER gave the label's address as {address}, which the station does not download from: {why}.</source>
            <translation>REVER gave the label's address as {address}, which the station does not download from: {why}.</translation>
        </message>
        <message>
            <source>The label's address {address} redirected to {target}, which the station does not download from: {why}.</source>
            <translation>The label's address {address} redirected to {target}, which the station does not download from: {why}.</translation>
        </message>
    </context>
    <context>
        <name>Walkin</name>
        <message>
            <source>Type the e-mail address the customer ordered with.</source>
            <extracomment>Longest e-mail address (RFC 5321's path limit) and order number the form takes. Items listed on the slip; more are counted. [gRPC 9 FAILED_PRECONDITION] the sandbox's refusal of an e-mail that is not the order's [sandbox assumption]: the document names no refusal. "2 × Linen shirt (M) · SKU-1": the order's items as the answer listed them. The customer's secret for finishing the return: only for the QR code.</extracomment>
            <translation>Type the e-mail address the customer ordered with.</translation>
        </message>
        <message>
            <source>This is not an e-mail address: check it with the customer.</source>
            <translation>This is not an e-mail address: check it with the customer.</translation>
        </message>
        <message>
            <source>Scan or type the order number (on the receipt or the order e-mail).</source>
            <translation>Scan or type the order number (on the receipt or the order e-mail).</translation>
        </message>
        <message>
            <source>This is not an order number: scan or type it again.</source>
            <translation>This is not an order number: scan or type it again.</translation>
        </message>
        <message>
            <source>This is an e-mail address: it goes in the e-mail field.</source>
            <translation>This is an e-mail address: it goes in the e-mail field.</translation>
        </message>
        <message>
            <source>Order {order}</source>
            <translation>Order {order}</translation>
        </message>
        <message>
            <source>Return {return_id}</source>
            <translation>Return {return_id}</translation>
        </message>
        <message>
            <source>Started {when}</source>
            <translation>Started {when}</translation>
        </message>
        <message numerus="yes">
            <source>and %n more item(s)</source>
            <translation>
                <numerusform>and %n more item</numerusform>
                <numerusform>and %n more items</numerusform>
            </translation>
        </message>
        <message>
            <source>Scan this code with your phone to finish your return: choose the items and how you are refunded.</source>
            <translation>Scan this code with your phone to finish your return: choose the items and how you are refunded.</translation>
        </message>
        <message>
            <source>Keep this slip: to finish your return, contact the shop's customer service with this return number; they read the code below.</source>
            <translation>Keep this slip: to finish your return, contact the shop's customer service with this return number; they read the code below.</translation>
        </message>
        <message>
            <source>Your return is started</source>
            <translation>Your return is started</translation>
        </message>
        <message>
            <source>This station has no Storefront API address: walk-in returns cannot be started here. Ask the warehouse lead.</source>
            <extracomment>Each start sent is recorded there: the return started, or refused with why (the order number, never the e-mail nor the customer's token).</extracomment>
            <translation>This station has no Storefront API address: walk-in returns cannot be started here. Ask the warehouse lead.</translation>
        </message>
        <message>
            <source>Return {return_id} started for order {order}: give the customer the slip.</source>
            <translation>Return {return_id} started for order {order}: give the customer the slip.</translation>
        </message>
        <message>
            <source>The shop has no order {order}: check the number on the customer's receipt or order e-mail. Nothing was started.</source>
            <translation>The shop has no order {order}: check the number on the customer's receipt or order e-mail. Nothing was started.</translation>
        </message>
        <message>
            <source>Order {order} was not placed with {email}: ask the customer for the e-mail they ordered with. Nothing was started.</source>
            <translation>Order {order} was not placed with {email}: ask the customer for the e-mail they ordered with. Nothing was started.</translation>
        </message>
        <message>
            <source>The returns platform cannot be reached now: no return was confirmed. Try again in a moment.</source>
            <translation>The returns platform cannot be reached now: no return was confirmed. Try again in a moment.</translation>
        </message>
        <message>
            <source>The returns platform sent an answer the station cannot read: no slip can be printed. Try again, or tell the warehouse lead.</source>
            <translation>The returns platform sent an answer the station cannot read: no slip can be printed. Try again, or tell the warehouse lead.</translation>
        </message>
    </context>
    <context>
        <name>WalkinActions</name>
        <message>
            <source>&amp;Walk-in return…</source>
            <translation>&amp;Walk-in return…</translation>
        </message>
        <message>
            <source>Start a return for a customer at the desk and print their slip</source>
            <translation>Start a return for a customer at the desk and print their slip</translation>
        </message>
    </context>
    <context>
        <name>WalkinDialog</name>
        <message>
            <source>Walk-in return</source>
            <extracomment>The e-mail and order number the shown return was started with.</extracomment>
            <translation>Walk-in return</translation>
        </message>
        <message>
            <source>the e-mail of the order</source>
            <translation>the e-mail of the order</translation>
        </message>
        <message>
            <source>scan or type it</source>
            <translation>scan or type it</translation>
        </message>
        <message>
            <source>Customer's &amp;e-mail</source>
            <translation>Customer's &amp;e-mail</translation>
        </message>
        <message>
            <source>&amp;Order number</source>
            <translation>&amp;Order number</translation>
        </message>
        <message>
            <source>Items of the order</source>
            <translation>Items of the order</translation>
        </message>
        <message>
            <source>&amp;Start return</source>
            <translation>&amp;Start return</translation>
        </message>
        <message>
            <source>&amp;Reprint slip</source>
            <translation>&amp;Reprint slip</translation>
        </message>
        <message>
            <source>Starts a return for a customer at the desk and prints a slip with a QR code they finish it with.</source>
            <translation>Starts a return for a customer at the desk and prints a slip with a QR code they finish it with.</translation>
        </message>
        <message>
            <source>Starting the return…</source>
            <translation>Starting the return…</translation>
        </message>
        <message>
            <source>Return {return_id} started: printing its slip…</source>
            <translation>Return {return_id} started: printing its slip…</translation>
        </message>
        <message>
            <source>Return {return_id} started, but no slip can be made for it: {why}</source>
            <translation>Return {return_id} started, but no slip can be made for it: {why}</translation>
        </message>
        <message>
            <source>Print slip</source>
            <extracomment>The items shown without scrolling; a longer order scrolls.</extracomment>
            <translation>Print slip</translation>
        </message>
        <message>
            <source>Return {return_id} started: the slip was printed on {where}. Give it to the customer.</source>
            <translation>Return {return_id} started: the slip was printed on {where}. Give it to the customer.</translation>
        </message>
        <message>
            <source>Return {return_id} started, but the slip was not printed: {why} Fix it, then Reprint slip.</source>
            <translation>Return {return_id} started, but the slip was not printed: {why} Fix it, then Reprint slip.</translation>
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
