<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About revdesk</source>
            <translation>Acerca de revdesk</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Archivo de registro</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>Dirección de la API</translation>
        </message>
        <message>
            <source>&amp;Copy diagnostics</source>
            <translation>&amp;Copiar diagnóstico</translation>
        </message>
        <message>
            <source>Version, Python and Qt versions, the settings (never the API key) and the last errors of the log, to paste into a message to support.</source>
            <translation>Versión, versiones de Python y Qt, la configuración (nunca la clave de API) y los últimos errores del registro, para pegar en un mensaje al soporte.</translation>
        </message>
        <message>
            <source>revdesk — the returns-desk station for REVER</source>
            <translation>revdesk — el puesto de devoluciones para REVER</translation>
        </message>
        <message>
            <source>the built-in sandbox (no API key set)</source>
            <translation>el entorno de pruebas integrado (sin clave de API)</translation>
        </message>
        <message>
            <source>Copied: paste it into your message to support.</source>
            <translation>Copiado: péguelo en su mensaje al soporte.</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>Two accounts are called {name}: the second is not used. Give each account its own name in the station settings.</source>
            <translation>Dos cuentas se llaman {name}: la segunda no se usa. Dé a cada cuenta su propio nombre en la configuración del puesto.</translation>
        </message>
        <message>
            <source>The account {name} is the same e-commerce as {other} at the same address: it is not used.</source>
            <translation>La cuenta {name} es el mismo e-commerce que {other} en la misma dirección: no se usa.</translation>
        </message>
        <message>
            <source>The account {name} has no e-commerce or group: it is not used. Set one in the station settings.</source>
            <translation>La cuenta {name} no tiene e-commerce ni grupo: no se usa. Indique uno en la configuración del puesto.</translation>
        </message>
        <message>
            <source>The account {name} has a REVER address, but the station works on the built-in sandbox: it is not used. Set the main account's address and key first, or clear this account's address.</source>
            <translation>La cuenta {name} tiene una dirección de REVER, pero el puesto trabaja con el entorno de pruebas integrado: no se usa. Indique primero la dirección y la clave de la cuenta principal, o borre la dirección de esta cuenta.</translation>
        </message>
        <message>
            <source>The account {name} has no REVER address: it is not used. Set its address and key in the station settings.</source>
            <translation>La cuenta {name} no tiene dirección de REVER: no se usa. Indique su dirección y su clave en la configuración del puesto.</translation>
        </message>
        <message>
            <source>The account {name} has no API key: it is not used. Set its key in the station settings or in {env}.</source>
            <translation>La cuenta {name} no tiene clave de API: no se usa. Indique su clave en la configuración del puesto o en {env}.</translation>
        </message>
        <message>
            <source>The account {name}'s address cannot be used: it must be an https:// address (plain http only on this computer).</source>
            <translation>No se puede usar la dirección de la cuenta {name}: debe ser una dirección https:// (http solo en este ordenador).</translation>
        </message>
        <message>
            <source>Not found in the accounts that answered; {names} could not be asked (no answer in time, or an error). Try again in a moment.</source>
            <extracomment>The shared file of which account owns which return, in the data folder. The router's own page tokens (each account's token, side by side) start so. Once one account answered a page, how long the others have before the page is given without them (their rows come with the next page). Once an account said it does not know a return, how long the others have to answer. An account's answer that only says "not this account's return". How long the owners file waits for another program's lock: not at all, nearly. Owners not seen for this long are forgotten when the file is opened. The accounts a walk of the whole list (iter_pages) could not read, each error naming its account: the rows of the others were read all the same. What the last page lacks: an account that failed or was too slow (named). process id (casefolded) -&gt; the account it was last seen under, in this process.</extracomment>
            <translation>No se encontró en las cuentas que respondieron; no se pudo consultar {names} (sin respuesta a tiempo, o un error). Vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>{name}: no answer in time; its returns come with the next page.</source>
            <translation>{name}: sin respuesta a tiempo; sus devoluciones llegan con la página siguiente.</translation>
        </message>
        <message>
            <source>Not found in the accounts that answered; {names} could not be asked: {reason}</source>
            <translation>No se encontró en las cuentas que respondieron; no se pudo consultar {names}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>AccountsCli</name>
        <message>
            <source>API key of {name} (empty: keep the one stored): </source>
            <translation>Clave de API de {name} (vacío: conservar la guardada): </translation>
        </message>
        <message>
            <source>account {name} replaced</source>
            <translation>cuenta {name} reemplazada</translation>
        </message>
        <message>
            <source>account {name} added</source>
            <translation>cuenta {name} añadida</translation>
        </message>
        <message>
            <source>; its key comes from {env}</source>
            <translation>; su clave viene de {env}</translation>
        </message>
        <message>
            <source>; its key is in the credential store</source>
            <translation>; su clave está en el almacén de credenciales</translation>
        </message>
        <message>
            <source>no account named “{name}” (the main account is set in Settings)</source>
            <translation>no hay ninguna cuenta llamada «{name}» (la cuenta principal se indica en Configuración)</translation>
        </message>
        <message>
            <source>account {name} removed; its stored key was forgotten</source>
            <translation>cuenta {name} quitada; su clave guardada se olvidó</translation>
        </message>
        <message>
            <source>account {name} removed; no stored key was deleted</source>
            <translation>cuenta {name} quitada; no se borró ninguna clave guardada</translation>
        </message>
        <message>
            <source>; its key is set by {env} in the environment: unset it there</source>
            <translation>; su clave la da {env} en el entorno: quítela allí</translation>
        </message>
        <message>
            <source>account {name} removed</source>
            <translation>cuenta {name} quitada</translation>
        </message>
    </context>
    <context>
        <name>Address</name>
        <message>
            <source>a name (first or last name, or company)</source>
            <extracomment>The edits that fill each need of :func:`~revdesk.domain.logistics.missing_address_fields`.</extracomment>
            <translation>un nombre (nombre, apellido o empresa)</translation>
        </message>
        <message>
            <source>the street address</source>
            <translation>la dirección postal</translation>
        </message>
        <message>
            <source>the postcode</source>
            <translation>el código postal</translation>
        </message>
        <message>
            <source>the city</source>
            <translation>la ciudad</translation>
        </message>
        <message>
            <source>the country</source>
            <translation>el país</translation>
        </message>
        <message>
            <source>{title}: {fields} missing.</source>
            <translation>{title}: falta {fields}.</translation>
        </message>
        <message>
            <source>Not sent: complete the addresses first.</source>
            <translation>No enviado: complete antes las direcciones.</translation>
        </message>
        <message>
            <source>The warehouse address comes from Settings: save it there once and every order has it.</source>
            <translation>La dirección del almacén viene de Configuración: guárdela allí una vez y todas las órdenes la tendrán.</translation>
        </message>
    </context>
    <context>
        <name>AddressForm</name>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Address (2)</source>
            <translation>Dirección (2)</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>State / province</source>
            <translation>Estado / provincia</translation>
        </message>
        <message>
            <source>State code</source>
            <translation>Código de estado</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Código de país</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo</translation>
        </message>
    </context>
    <context>
        <name>ApiError</name>
        <message>
            <source>The REVER service could not do that.</source>
            <translation>El servicio de REVER no pudo hacerlo.</translation>
        </message>
        <message>
            <source>Not found: REVER does not know this return.</source>
            <extracomment>True when sending the same request again later may succeed.</extracomment>
            <translation>No encontrada: REVER no conoce esta devolución.</translation>
        </message>
        <message>
            <source>The API key was refused. Ask the warehouse lead to check the station settings.</source>
            <translation>La clave de API fue rechazada. Pida al responsable que revise la configuración del puesto.</translation>
        </message>
        <message>
            <source>This API key is not allowed to do that. Ask the warehouse lead.</source>
            <translation>Esta clave de API no permite hacer eso. Consulte al responsable.</translation>
        </message>
        <message>
            <source>REVER is busy (too many requests). Wait a few seconds and try again.</source>
            <translation>REVER está ocupado (demasiadas solicitudes). Espere unos segundos y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>REVER does not offer this request (it answered "not implemented"). Nothing was changed.</source>
            <translation>REVER no ofrece esta solicitud (respondió «not implemented»). No se cambió nada.</translation>
        </message>
        <message>
            <source>Cannot list returns: REVER did not answer the list request.</source>
            <translation>No se pueden listar las devoluciones: REVER no respondió a la solicitud de la lista.</translation>
        </message>
        <message>
            <source>REVER refused this request as invalid.</source>
            <translation>REVER rechazó esta solicitud por no ser válida.</translation>
        </message>
        <message>
            <source>REVER had a problem on its side. Try again in a moment.</source>
            <translation>REVER tuvo un problema por su parte. Vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>No connection to REVER. Check the network; nothing was changed.</source>
            <translation>Sin conexión con REVER. Compruebe la red; no se cambió nada.</translation>
        </message>
        <message>
            <source>REVER did not answer in time. Check the network and try again.</source>
            <translation>REVER no respondió a tiempo. Compruebe la red y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>REVER sent an answer the station cannot read.</source>
            <translation>REVER envió una respuesta que el puesto no puede leer.</translation>
        </message>
        <message>
            <source>The file from REVER is too large to use.</source>
            <translation>El archivo de REVER es demasiado grande para usarlo.</translation>
        </message>
        <message>
            <source>The API address must start with https:// (plain http is only for this computer).</source>
            <translation>La dirección de la API debe empezar por https:// (http solo vale para este ordenador).</translation>
        </message>
        <message>
            <source>The API address is not a valid address. Fix it in the station settings.</source>
            <translation>La dirección de la API no es una dirección válida. Corríjala en la configuración del puesto.</translation>
        </message>
        <message>
            <source>REVER's certificate is not valid. Nothing was sent.</source>
            <translation>El certificado de REVER no es válido. No se envió nada.</translation>
        </message>
        <message>
            <source>REVER's certificate is not valid ({reason}). Nothing was sent. Check the API address; if it is right, someone may be intercepting the connection: tell IT.</source>
            <translation>El certificado de REVER no es válido ({reason}). No se envió nada. Compruebe la dirección de la API; si es correcta, puede que alguien esté interceptando la conexión: avise a informática.</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>rechazado</translation>
        </message>
        <message>
            <source>The label's address is not one the station downloads from.</source>
            <translation>La dirección de la etiqueta no es una de las que el puesto usa para descargar.</translation>
        </message>
        <message>
            <source>The station has no API address or key. Ask the warehouse lead to set them.</source>
            <translation>El puesto no tiene dirección ni clave de API. Pida al responsable que las configure.</translation>
        </message>
        <message>
            <source>REVER refused this change.</source>
            <extracomment>How many times (a second apart) a queued scan settled by another process is looked for in the audit log before it is shown as handled elsewhere. At the desk a request is retried briefly: an operator would rather see "not sent" in a few seconds than wait half a minute per scan. Rows a list page asks for. The embedded sandbox has no address of its own: its rows are cached under this name. What is wrong with the local files, in the operator's words: a damaged one set aside (which, where it is kept), an audit log that cannot be written. The window shows them; ``warned`` tells the ones found later. More REVER accounts that could not be opened (no key, an address refused): each said to the lead; the station works with the others. Every status scan, from its keypress until it is over or in the outbox. The returns list the station holds (the window's list shows it): scans are resolved in it before REVER is asked. What a parcel should hold, from the merchant's platform, and its pictures. Its failures are its own: they never change the connection state (REVER's). Walk-in returns, started on the Storefront API when the station has one. The shift's start and count, read from the audit log whenever asked: the header and the summary say the same, and a restart keeps both. Queued scans gone from the outbox file whose outcome the audit log does not have yet: how many times they were looked for. Applying what a killed station process left in the scan journal (started by start(); done once those scans are final).</extracomment>
            <translation>REVER rechazó este cambio.</translation>
        </message>
        <message>
            <source>REVER sent the same page twice; the list stopped there.</source>
            <extracomment>Rows read through the main page chain (searches not counted). What the last page or search lacks, each error naming its account: at a station of several accounts, one failing or slow never hides the others' rows, and the list says it (ui/process_model.py).</extracomment>
            <translation>REVER envió la misma página dos veces; la lista se detuvo ahí.</translation>
        </message>
        <message>
            <source>The station's local data cannot be used.</source>
            <extracomment>How a damaged file's kept copy is named: ``NAME.damaged-YYYYmmdd-HHMMSS``. SQLite's words for a file that is not (or no longer) a whole database.</extracomment>
            <translation>No se pueden usar los datos locales del puesto.</translation>
        </message>
        <message>
            <source>Not sent: this is not a process id.</source>
            <translation>No enviado: esto no es un id de proceso.</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>The audit log {path} is not open.</source>
            <extracomment>A logistic order REVER creates with a provider (PUT), and a pickup request. A shift began (an operator signed in, or the lead started one by hand): the shift count is read from the log since then (see ``domain/shift.py``), so a restart keeps it. A walk-in customer's return started at the desk (Storefront), or refused with why. The audit log's file in the data dir: the window and the CLI share it. ``events(limit=NO_LIMIT)``: every matching event (SQLite reads a negative LIMIT as none). The CSV columns, in order. Comma, or semicolon for Excel where the decimal mark is a comma (most of Europe). A cell starting with one of these is a formula to Excel and LibreOffice (OWASP "CSV injection"): a process id, a name or a message from REVER must never run as one. How soon an audit log that could not be written is opened again, at the latest (each new record tries to write what waits, once the file is open). What is wrong with the file, in the operator's words; "" while it takes records.</extracomment>
            <translation>El registro de auditoría {path} no está abierto.</translation>
        </message>
        <message>
            <source>The audit log {path} is open read-only.</source>
            <extracomment>Told ``problem`` when recording starts failing, and "" when it works again.</extracomment>
            <translation>El registro de auditoría {path} está abierto solo para lectura.</translation>
        </message>
        <message>
            <source>The audit log {path} cannot be written ({why}). Scanning goes on: what it records is kept in memory and written as soon as the file takes it again. Check the disk's free space and that this user may write the data folder.</source>
            <translation>No se puede escribir el registro de auditoría {path} ({why}). Se puede seguir escaneando: lo que registra se guarda en memoria y se escribe en cuanto el archivo lo admita de nuevo. Compruebe el espacio libre del disco y que este usuario pueda escribir en la carpeta de datos.</translation>
        </message>
    </context>
    <context>
        <name>Backend</name>
        <message>
            <source>built-in sandbox</source>
            <extracomment>The embedded sandbox answers on this in-process origin; nothing listens on a port. Returns of the sandbox's second demo e-commerce ("northwind") when more accounts are set. The Storefront API (an order number's returns): the sandbox serves it; for REVER, only when its address is set (``storefront_url``, ``REVDESK_STOREFRONT_URL``). The merchant's platform (what a parcel should hold): the sandbox serves it; else only when its address is set (``merchant_url``, ``REVDESK_MERCHANT_URL``). Why the merchant platform cannot be asked although its address is set (no key, an address the station refuses), in the lead's words; None when nothing is wrong. The more REVER accounts that could not be opened (no key, an address refused), each saying which and why in the lead's words: the station works with the others.</extracomment>
            <translation>entorno de pruebas integrado</translation>
        </message>
    </context>
    <context>
        <name>BulkStatusDialog</name>
        <message numerus="yes">
            <source>Set status of %n return(s)</source>
            <translation>
                <numerusform>Cambiar el estado de %n devolución</numerusform>
                <numerusform>Cambiar el estado de %n devoluciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set the shipping status of %n selected return(s) to:</source>
            <translation>
                <numerusform>Cambiar el estado de envío de %n devolución seleccionada a:</numerusform>
                <numerusform>Cambiar el estado de envío de %n devoluciones seleccionadas a:</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Start…</source>
            <translation>&amp;Empezar…</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <extracomment>The question before the change (None until Start is clicked).</extracomment>
            <translation>&amp;Detener</translation>
        </message>
        <message>
            <source>%v of %m</source>
            <translation>%v de %m</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Proceso</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>en espera</translation>
        </message>
        <message numerus="yes">
            <source>Set %n return(s) to {status}?</source>
            <translation>
                <numerusform>¿Poner %n devolución en {status}?</numerusform>
                <numerusform>¿Poner %n devoluciones en {status}?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set the shipping status of the %n selected return(s) to {status}?</source>
            <translation>
                <numerusform>¿Cambiar a {status} el estado de envío de la %n devolución seleccionada?</numerusform>
                <numerusform>¿Cambiar a {status} el estado de envío de las %n devoluciones seleccionadas?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set %n return(s) to {status}</source>
            <translation>
                <numerusform>Poner %n devolución en {status}</numerusform>
                <numerusform>Poner %n devoluciones en {status}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sending {status} to %n return(s)…</source>
            <translation>
                <numerusform>Enviando {status} a %n devolución…</numerusform>
                <numerusform>Enviando {status} a %n devoluciones…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Bulk status</source>
            <translation>Estado en lote</translation>
        </message>
        <message>
            <source>✔ set</source>
            <translation>✔ hecho</translation>
        </message>
        <message>
            <source>⏳ queued</source>
            <translation>⏳ en cola</translation>
        </message>
        <message>
            <source>not sent (stopped)</source>
            <translation>no enviado (detenido)</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fallido</translation>
        </message>
        <message>
            <source>✖ {reason}</source>
            <translation>✖ {reason}</translation>
        </message>
        <message>
            <source>Done: {done} set, {queued} queued, {failed} failed, {cancelled} not sent ({limited} times asked to slow down) in {seconds:.1f} s</source>
            <translation>Terminado: {done} hechas, {queued} en cola, {failed} fallidas, {cancelled} sin enviar ({limited} veces se pidió ir más despacio) en {seconds:.1f} s</translation>
        </message>
    </context>
    <context>
        <name>CarrierZpl</name>
        <message>
            <source>The label PDF has {count} pages: a label has at most {limit}. Is it the right file?</source>
            <extracomment>Grey levels darker than this print (0 black, 255 white): the middle, so an anti-aliased bar edge goes to whichever side covers more of its dot and bar widths are kept. Pages of a label PDF turned into labels; a carrier's label has one or two, a longer PDF is a document sent by mistake and is refused rather than printed by the metre.</extracomment>
            <translation>El PDF de la etiqueta tiene {count} páginas: una etiqueta tiene como máximo {limit}. ¿Es el archivo correcto?</translation>
        </message>
    </context>
    <context>
        <name>CliFind</name>
        <message>
            <source>{text} is not an order number</source>
            <translation>{text} no es un número de pedido</translation>
        </message>
        <message>
            <source>this station has no Storefront API address (REVDESK_STOREFRONT_URL): orders cannot be looked up</source>
            <translation>este puesto no tiene dirección de la API de Storefront (REVDESK_STOREFRONT_URL): no se pueden consultar pedidos</translation>
        </message>
        <message>
            <source>the Storefront API address has no order look-up (it answered "not found"): check REVDESK_STOREFRONT_URL</source>
            <translation>la dirección de la API de Storefront no tiene consulta de pedidos (respondió «not found»): compruebe REVDESK_STOREFRONT_URL</translation>
        </message>
        <message numerus="yes">
            <source>%n return(s)</source>
            <translation>
                <numerusform>%n devolución</numerusform>
                <numerusform>%n devoluciones</numerusform>
            </translation>
        </message>
        <message>
            <source>no active return for order {order}</source>
            <translation>no hay ninguna devolución activa para el pedido {order}</translation>
        </message>
    </context>
    <context>
        <name>CliWalkin</name>
        <message>
            <source>no slip was written (-o FILE.pdf writes one): the customer finishes the return with its QR code</source>
            <extracomment>What each outcome ends the command with.</extracomment>
            <translation>no se escribió ningún resguardo (-o ARCHIVO.pdf escribe uno): el cliente termina la devolución con su código QR</translation>
        </message>
        <message>
            <source>the return was started, but no slip can be made for it: {why}</source>
            <translation>la devolución se inició, pero no se puede hacer su resguardo: {why}</translation>
        </message>
        <message>
            <source>slip written to {path}</source>
            <translation>resguardo escrito en {path}</translation>
        </message>
    </context>
    <context>
        <name>Config</name>
        <message>
            <source>the credential store</source>
            <extracomment>More REVER accounts one station holds at most: a desk serves a few merchants, and a read of a return no account is known to own asks each of them at once. The REVER Storefront API's base URL: an order number the list does not know is looked up there. Empty: not used (the built-in sandbox serves it anyway). The merchant's own platform (seed 004, ``GET /rever/orders/{id}``): what a parcel should hold. Empty: not used (the built-in sandbox serves it anyway). Its key, like the API key, lives in the credential store or ``REVDESK_MERCHANT_KEY``. [assumed] The merchant's returns page where a walk-in customer finishes a return started at the desk: no document gives one. The slip's QR code is this address with the return id and the customer's token (``api/routes.py`` ``PORTAL_*``). Empty: the code carries the return id and token alone and the slip says what to do. The window's language: a code of ``revdesk.i18n.LANGUAGES``; empty follows the computer. When a shift starts, for its count: at midnight ("day") or when an operator signs in ("sign_in": a night shift crosses midnight). See ``domain/shift.py``. The carrier's label and our intake label print on printers chosen apart (a laser for one, a Zebra for the other, or a folder of PDFs on a station with none). Print the intake label by itself after a confirmed IN_WAREHOUSE scan. Revers.io accounts beside the REVER one (section "Revers.io accounts" below). How the rows name the main REVER account (``api_url``, ``ecommerce_id``) when the station holds more (``rever_accounts``); empty: its e-commerce id. More REVER accounts beside the main one: their returns are listed and scanned with the main one's, each row naming its account (section "More REVER accounts" below). The credential store failures already warned of: a machine without one fails every look-up the same way, and saying it at each (the window looks keys up often) is noise.</extracomment>
            <translation>el almacén de credenciales</translation>
        </message>
        <message>
            <source>The API key has {why} in it, so it cannot be a REVER key. Paste the key again, without anything around it. Nothing was saved.</source>
            <extracomment>``REVDESK_API_KEY__`` + the account's name in capitals, other characters as ``_``: the key of one more account for a station without a credential store (a script, a container).</extracomment>
            <translation>La clave de API contiene {why}, así que no puede ser una clave de REVER. Péguela de nuevo, sin nada alrededor. No se guardó nada.</translation>
        </message>
        <message>
            <source>This computer has no secure credential store, so the key was not saved. Set {env} in the station's environment instead.</source>
            <translation>Este equipo no tiene un almacén de credenciales seguro, así que la clave no se guardó. Defina {env} en el entorno del puesto.</translation>
        </message>
        <message>
            <source>The merchant key has {why} in it. Paste the key again, without anything around it. Nothing was saved.</source>
            <translation>La clave del comercio contiene {why}. Péguela de nuevo, sin nada alrededor. No se guardó nada.</translation>
        </message>
        <message>
            <source>This computer has no secure credential store, so the merchant key was not saved. Set {env} in the station's environment instead.</source>
            <translation>Este equipo no tiene un almacén de credenciales seguro, así que la clave del comercio no se guardó. Defina {env} en el entorno del puesto.</translation>
        </message>
        <message>
            <source>subscription key</source>
            <extracomment>The name of the account ``REVDESK_REVERSIO_URL`` gives, when no saved account has that URL.</extracomment>
            <translation>clave de suscripción</translation>
        </message>
        <message>
            <source>secret</source>
            <translation>secreto</translation>
        </message>
        <message>
            <source>The Revers.io {what} has {why} in it. Paste it again, without anything around it. Nothing was saved.</source>
            <translation>El dato de Revers.io «{what}» contiene {why}. Péguelo de nuevo, sin nada alrededor. No se guardó nada.</translation>
        </message>
        <message>
            <source>This computer has no secure credential store, so the Revers.io key and secret were not saved. Set {key_env} and {secret_env} in the station's environment instead.</source>
            <translation>Este equipo no tiene un almacén de credenciales seguro, así que la clave y el secreto de Revers.io no se guardaron. Defina {key_env} y {secret_env} en el entorno del puesto.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionTest</name>
        <message>
            <source>No address and no key: the station uses its built-in sandbox (demo data, nothing reaches REVER). Type REVER's address and key to test them.</source>
            <extracomment>One try, soon given up: the lead is waiting at the dialog, and a retry would only hide what is wrong. Pages of the list read to count the returns a key sees; more are "at least". Answered, but no return for this e-commerce: a mistyped id looks just like this. What the lead reads beside the button: never the key.</extracomment>
            <translation>Sin dirección ni clave: el puesto usa su entorno de pruebas integrado (datos de demostración, nada llega a REVER). Escriba la dirección y la clave de REVER para probarlas.</translation>
        </message>
        <message>
            <source>No API address: type REVER's address (https://…) first.</source>
            <translation>Sin dirección de la API: escriba primero la dirección de REVER (https://…).</translation>
        </message>
        <message>
            <source>Not https: the address must start with https:// (plain http only for this computer, 127.0.0.1 or localhost). Nothing was sent.</source>
            <translation>No es https: la dirección debe empezar por https:// (http solo para este ordenador, 127.0.0.1 o localhost). No se envió nada.</translation>
        </message>
        <message>
            <source>No API key for this address: type the key to test it.</source>
            <translation>No hay clave de API para esta dirección: escriba la clave para probarla.</translation>
        </message>
        <message>
            <source>the key field</source>
            <translation>el campo de la clave</translation>
        </message>
        <message numerus="yes">
            <source>OK: REVER answered; more than %n returns visible.</source>
            <translation>
                <numerusform>OK: REVER respondió; más de %n devolución visible.</numerusform>
                <numerusform>OK: REVER respondió; más de %n devoluciones visibles.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>OK: REVER answered; %n return(s) visible.</source>
            <translation>
                <numerusform>OK: REVER respondió; %n devolución visible.</numerusform>
                <numerusform>OK: REVER respondió; %n devoluciones visibles.</numerusform>
            </translation>
        </message>
        <message>
            <source>REVER answered, but shows no returns for e-commerce “{scope}”: check the e-commerce id or group.</source>
            <translation>REVER respondió, pero no muestra devoluciones para el e-commerce «{scope}»: revise el id o el grupo de e-commerce.</translation>
        </message>
        <message>
            <source>REVER answered, but shows no returns for e-commerce group “{scope}”: check the group or the e-commerce id.</source>
            <translation>REVER respondió, pero no muestra devoluciones para el grupo de e-commerce «{scope}»: revise el grupo o el id de e-commerce.</translation>
        </message>
        <message>
            <source>REVER answered, but shows no returns: set the e-commerce id or group of this station.</source>
            <translation>REVER respondió, pero no muestra devoluciones: indique el id o el grupo de e-commerce de este puesto.</translation>
        </message>
        <message>
            <source>Bad certificate: the address answered with a certificate that is not valid ({reason}). Check the address; if it is right, someone may be intercepting the connection: tell IT.</source>
            <translation>Certificado no válido: la dirección respondió con un certificado que no es válido ({reason}). Compruebe la dirección; si es correcta, puede que alguien esté interceptando la conexión: avise a informática.</translation>
        </message>
        <message>
            <source>Forbidden: REVER knows the key but it is not allowed for the e-commerce “{scope}” (HTTP 403). Check the e-commerce id or group, or ask REVER for a key that may.</source>
            <translation>Prohibido: REVER conoce la clave, pero no está autorizada para el e-commerce «{scope}» (HTTP 403). Compruebe el id o el grupo de e-commerce, o pida a REVER una clave que lo esté.</translation>
        </message>
        <message>
            <source>Forbidden: REVER knows the key but it is not allowed to read returns (HTTP 403). Ask REVER for a key that may.</source>
            <translation>Prohibido: REVER conoce la clave, pero no está autorizada para leer devoluciones (HTTP 403). Pida a REVER una clave que lo esté.</translation>
        </message>
        <message>
            <source>Wrong key: REVER refused the API key (HTTP 401). Paste the key again, whole.</source>
            <translation>Clave incorrecta: REVER rechazó la clave de API (HTTP 401). Vuelva a pegar la clave completa.</translation>
        </message>
        <message>
            <source>Unreachable: the address did not answer in time. Check the address and the network.</source>
            <translation>Inaccesible: la dirección no respondió a tiempo. Compruebe la dirección y la red.</translation>
        </message>
        <message>
            <source>Unreachable: no connection to the address (refused, unknown name, or no network). Check the address and the network.</source>
            <translation>Inaccesible: sin conexión con la dirección (rechazada, nombre desconocido o sin red). Compruebe la dirección y la red.</translation>
        </message>
        <message>
            <source>The address answered that it is busy (too many requests). Try again in a moment.</source>
            <translation>La dirección respondió que está ocupada (demasiadas solicitudes). Vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>REVER answered with a problem on its side (HTTP {status}). Try again in a moment.</source>
            <translation>REVER respondió con un problema por su parte (HTTP {status}). Vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>an answer that is not REVER's</source>
            <translation>una respuesta que no es de REVER</translation>
        </message>
        <message>
            <source>The address answers, but not as REVER does ({how}): it may be a web page or another service. Check the API address.</source>
            <translation>La dirección responde, pero no como REVER ({how}): puede ser una página web u otro servicio. Compruebe la dirección de la API.</translation>
        </message>
    </context>
    <context>
        <name>Cups</name>
        <message>
            <source>no printing system (CUPS) on this computer</source>
            <extracomment>lpstat and lp answer at once from a local server; a server that is not there is waited for this long.</extracomment>
            <translation>no hay sistema de impresión (CUPS) en este ordenador</translation>
        </message>
        <message>
            <source>the printing system does not answer ({kind})</source>
            <translation>el sistema de impresión no responde ({kind})</translation>
        </message>
        <message>
            <source>the printing system says: {why}</source>
            <translation>el sistema de impresión dice: {why}</translation>
        </message>
        <message>
            <source>This computer has no printing system (CUPS): choose a folder or a ZPL printer for the labels instead.</source>
            <translation>Este ordenador no tiene sistema de impresión (CUPS): elija en su lugar una carpeta o una impresora ZPL para las etiquetas.</translation>
        </message>
        <message>
            <source>{queue} is not a printer name.</source>
            <translation>{queue} no es un nombre de impresora.</translation>
        </message>
        <message>
            <source>The printing system did not take the label for {queue} in {seconds} s: is it running?</source>
            <translation>El sistema de impresión no aceptó la etiqueta para {queue} en {seconds} s: ¿está en marcha?</translation>
        </message>
        <message>
            <source>The printing system could not be started.</source>
            <translation>No se pudo iniciar el sistema de impresión.</translation>
        </message>
        <message>
            <source>The printer {queue} did not take the label: {reason}</source>
            <translation>La impresora {queue} no aceptó la etiqueta: {reason}</translation>
        </message>
    </context>
    <context>
        <name>EntriesModel</name>
        <message>
            <source>Process</source>
            <extracomment>At a station of several REVER accounts, whose return each change is (a column).</extracomment>
            <translation>Proceso</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Queued at</source>
            <translation>En cola desde</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>was {status}</source>
            <translation>antes {status}</translation>
        </message>
    </context>
    <context>
        <name>ErrorPresenter</name>
        <message>
            <source>Something went wrong inside the station ({kind}). It keeps running; the details are in the log.</source>
            <translation>Algo falló dentro del puesto ({kind}). Sigue funcionando; los detalles están en el registro.</translation>
        </message>
        <message>
            <source>{context}: {message}</source>
            <translation>{context}: {message}</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo ha fallado</translation>
        </message>
        <message>
            <source>revdesk — this station's data</source>
            <translation>revdesk — datos de este puesto</translation>
        </message>
        <message>
            <source>revdesk — station settings</source>
            <translation>revdesk — configuración del puesto</translation>
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
                <numerusform>…y %n más (ver el registro).</numerusform>
                <numerusform>…y %n más (ver el registro).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventsModel</name>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operario</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Proceso</translation>
        </message>
        <message>
            <source>Old → new</source>
            <translation>Antes → ahora</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Undo: sending…</source>
            <extracomment>The whole read when the words show it cut ("…"): the banner's tooltip. The most of a read the banner's words show; a longer one is cut with "…" (as domain/status.py does), its whole text in the tooltip.</extracomment>
            <translation>Deshacer: enviando…</translation>
        </message>
        <message>
            <source>{pid}: sending…</source>
            <translation>{pid}: enviando…</translation>
        </message>
        <message>
            <source>Waiting for REVER's answer.</source>
            <translation>Esperando la respuesta de REVER.</translation>
        </message>
        <message>
            <source>was {status}</source>
            <translation>antes {status}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>undo of {pid} queued</source>
            <translation>deshacer {pid}: en cola</translation>
        </message>
        <message>
            <source>{pid} {status} queued</source>
            <translation>{pid} {status} en cola</translation>
        </message>
        <message>
            <source>No connection: it will be sent as soon as REVER answers.</source>
            <translation>Sin conexión: se enviará en cuanto REVER responda.</translation>
        </message>
        <message>
            <source>{pid} {status} not sent</source>
            <translation>{pid} {status} no enviado</translation>
        </message>
        <message>
            <source>A later change of this return replaced it (a later scan, the terminal or another window).</source>
            <translation>Un cambio posterior de esta devolución lo sustituyó (otro escaneo, el terminal u otra ventana).</translation>
        </message>
        <message>
            <source>{pid} already {status}</source>
            <translation>{pid} ya está en {status}</translation>
        </message>
        <message>
            <source>nothing changed (scanned twice?)</source>
            <translation>nada cambió (¿escaneado dos veces?)</translation>
        </message>
        <message>
            <source>shown in the detail</source>
            <translation>se muestra en el detalle</translation>
        </message>
        <message numerus="yes">
            <source>%n returns match “{text}”</source>
            <translation>
                <numerusform>%n devolución coincide con «{text}»</numerusform>
                <numerusform>%n devoluciones coinciden con «{text}»</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed. Press 1–{n} to choose, or scan another barcode of the parcel.</source>
            <translation>No se cambió nada. Pulse 1–{n} para elegir, o escanee otro código del paquete.</translation>
        </message>
        <message>
            <source>Pick one in the list below and press Enter to open it.</source>
            <translation>Elija una en la lista de abajo y pulse Intro para abrirla.</translation>
        </message>
        <message>
            <source>{pid} back to {status}</source>
            <translation>{pid} vuelve a {status}</translation>
        </message>
        <message>
            <source>undo of {status}</source>
            <translation>deshecho {status}</translation>
        </message>
        <message>
            <source>Nothing undone</source>
            <translation>No se deshizo nada</translation>
        </message>
        <message>
            <source>The last scan ({pid}) is more than {limit} s old: press Ctrl+Z again to be asked whether to undo it.</source>
            <translation>El último escaneo ({pid}) tiene más de {limit} s: pulse Ctrl+Z otra vez para que se le pregunte si deshacerlo.</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Nada que deshacer</translation>
        </message>
        <message>
            <source>Nothing readable was scanned.</source>
            <translation>No se escaneó nada legible.</translation>
        </message>
        <message>
            <source>A process id has no spaces. Nothing was sent.</source>
            <translation>Un id de proceso no lleva espacios. No se envió nada.</translation>
        </message>
        <message>
            <source>Far too long for a process id. Nothing was sent.</source>
            <translation>Demasiado largo para un id de proceso. No se envió nada.</translation>
        </message>
        <message>
            <source>A process id has no control characters. Nothing was sent.</source>
            <translation>Un id de proceso no lleva caracteres de control. No se envió nada.</translation>
        </message>
        <message>
            <source>Not in the station's list as a tracking or order number either. Scan the REVER return label. Nothing was sent.</source>
            <translation>Tampoco está en la lista del puesto como número de seguimiento o de pedido. Escanee la etiqueta de devolución de REVER. No se envió nada.</translation>
        </message>
        <message>
            <source>This is not a process id</source>
            <translation>Esto no es un id de proceso</translation>
        </message>
        <message>
            <source>Unknown return {pid}</source>
            <translation>Devolución desconocida {pid}</translation>
        </message>
        <message>
            <source>No return has this process id, tracking or order number</source>
            <translation>Ninguna devolución tiene este id de proceso, seguimiento o número de pedido</translation>
        </message>
        <message>
            <source>tried {what}</source>
            <translation>se probó {what}</translation>
        </message>
        <message>
            <source>Put the parcel aside.</source>
            <translation>Aparte el paquete.</translation>
        </message>
        <message>
            <source>REVER has no return with this id. Put the parcel aside.</source>
            <translation>REVER no tiene ninguna devolución con este id. Aparte el paquete.</translation>
        </message>
        <message>
            <source>{pid} is CANCELLED</source>
            <translation>{pid} está CANCELADA</translation>
        </message>
        <message>
            <source>not changed: put the parcel aside for the lead</source>
            <translation>sin cambios: aparte el paquete para el responsable</translation>
        </message>
        <message>
            <source>{pid} NOT sent</source>
            <translation>{pid} NO enviado</translation>
        </message>
        <message>
            <source>Scan it again when the station is online.</source>
            <translation>Vuelva a escanearlo cuando el puesto tenga conexión.</translation>
        </message>
        <message>
            <source>{pid} not changed</source>
            <translation>{pid} sin cambios</translation>
        </message>
        <message>
            <source>Sounds off: no audio device</source>
            <extracomment>How long after the window is shown the sounds are loaded. Why the sounds cannot play, in the operator's words; "" once they can again. Record what would play without touching the audio device (tests, benchmarks).</extracomment>
            <translation>Sonidos desactivados: no hay dispositivo de audio</translation>
        </message>
        <message>
            <source>Sounds off: the audio device cannot play them</source>
            <translation>Sonidos desactivados: el dispositivo de audio no puede reproducirlos</translation>
        </message>
    </context>
    <context>
        <name>FeedbackBanner</name>
        <message>
            <source>Undo  {keys}</source>
            <extracomment>The banner's symbol, logical pixels square: as tall as the title's capitals and more.</extracomment>
            <translation>Deshacer  {keys}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Ready: scan a parcel</source>
            <translation>Listo: escanee un paquete</translation>
        </message>
        <message>
            <source>The scan box has the focus. Results appear here.</source>
            <translation>La casilla de escaneo tiene el foco. Los resultados aparecen aquí.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Status change</source>
            <extracomment>The event itself, for the view and tests.</extracomment>
            <translation>Cambio de estado</translation>
        </message>
        <message>
            <source>Label upload</source>
            <translation>Subida de etiqueta</translation>
        </message>
        <message>
            <source>Logistic order</source>
            <translation>Orden logística</translation>
        </message>
        <message>
            <source>Pickup request</source>
            <translation>Solicitud de recogida</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Impresión</translation>
        </message>
        <message>
            <source>Setting change</source>
            <translation>Cambio de configuración</translation>
        </message>
        <message>
            <source>Walk-in return</source>
            <translation>Devolución en mostrador</translation>
        </message>
        <message>
            <source>Shift start</source>
            <translation>Inicio de turno</translation>
        </message>
        <message>
            <source>scan</source>
            <extracomment>Words the station stores in the audit log, which stays in English (the CLI and every station share it, and shift.py compares what it stored): shown in the station's language. Free text (an error's message, a print's target) is shown as it was stored.</extracomment>
            <translation>escaneo</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>deshacer</translation>
        </message>
        <message>
            <source>return's detail</source>
            <translation>detalle de la devolución</translation>
        </message>
        <message>
            <source>bulk change</source>
            <translation>cambio en lote</translation>
        </message>
        <message>
            <source>API key changed</source>
            <translation>clave de API cambiada</translation>
        </message>
        <message>
            <source>the built-in sandbox</source>
            <translation>el entorno de pruebas integrado</translation>
        </message>
        <message>
            <source>started by hand</source>
            <translation>iniciado a mano</translation>
        </message>
        <message>
            <source>carrier label</source>
            <translation>etiqueta del transportista</translation>
        </message>
        <message>
            <source>intake label</source>
            <translation>etiqueta de entrada</translation>
        </message>
        <message>
            <source>intake label, automatic</source>
            <translation>etiqueta de entrada, automática</translation>
        </message>
        <message>
            <source>uploaded carrier label</source>
            <translation>etiqueta del transportista subida</translation>
        </message>
        <message>
            <source>reprint of the carrier label</source>
            <translation>reimpresión de la etiqueta del transportista</translation>
        </message>
        <message>
            <source>reprint of the intake label</source>
            <translation>reimpresión de la etiqueta de entrada</translation>
        </message>
        <message>
            <source>nothing generated (provider OPS handles it outside REVER)</source>
            <translation>no se generó nada (el proveedor OPS lo gestiona fuera de REVER)</translation>
        </message>
        <message>
            <source>operator signed in</source>
            <translation>inicio de sesión del operario</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>a mano</translation>
        </message>
        <message>
            <source>another backend</source>
            <translation>otro servidor</translation>
        </message>
        <message>
            <source>backend noted</source>
            <translation>servidor anotado</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fallido</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>entregado</translation>
        </message>
        <message>
            <source>replaced by a later change</source>
            <translation>sustituido por un cambio posterior</translation>
        </message>
        <message>
            <source>discarded</source>
            <translation>descartado</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>History</source>
            <extracomment>Events listed at once (the newest); the export always has every matching event. Opened from the window: the log is read once the dialog is active, or this long after it is shown when nothing activates it.</extracomment>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Reading the history…</source>
            <extracomment>Prints again the label of a print event (the label actions'), if given. Whether the log was read for the first time. Opened from the window, the reading (a second or more on a long log) waits until the dialog is up: done here, it held the loop while the window was already blocked by the dialog, and a scanner's keys sent meanwhile were addressed to that blocked window, which Qt drops (QA F20).</extracomment>
            <translation>Leyendo el historial…</translation>
        </message>
        <message>
            <source>This shift</source>
            <translation>Este turno</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Últimos 7 días</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Todas las acciones</translation>
        </message>
        <message>
            <source>Every result</source>
            <translation>Todos los resultados</translation>
        </message>
        <message>
            <source>process id contains…</source>
            <translation>el id de proceso contiene…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exportar CSV…</translation>
        </message>
        <message>
            <source>Re&amp;print this label</source>
            <translation>Re&amp;imprimir esta etiqueta</translation>
        </message>
        <message>
            <source>Parcels whose scan REVER confirmed, undone ones excluded, per hour and status (the time range above applies):</source>
            <translation>Paquetes cuyo escaneo confirmó REVER, sin los deshechos, por hora y estado (se aplica el periodo de arriba):</translation>
        </message>
        <message>
            <source>&amp;Events</source>
            <translation>&amp;Eventos</translation>
        </message>
        <message>
            <source>Shift &amp;summary</source>
            <translation>&amp;Resumen del turno</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Printing the label of {pid} again…</source>
            <translation>Reimprimiendo la etiqueta de {pid}…</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s), newest first.</source>
            <translation>
                <numerusform>%n evento, del más reciente al más antiguo.</numerusform>
                <numerusform>%n eventos, del más reciente al más antiguo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The newest %n events (narrow the filters, or export them all).</source>
            <translation>
                <numerusform>El %n evento más reciente (acote los filtros o exporte todo).</numerusform>
                <numerusform>Los %n eventos más recientes (acote los filtros o expórtelos todos).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parcel(s) received.</source>
            <translation>
                <numerusform>%n paquete recibido.</numerusform>
                <numerusform>%n paquetes recibidos.</numerusform>
            </translation>
        </message>
        <message>
            <source>This shift started at {time}.</source>
            <translation>Este turno empezó a las {time}.</translation>
        </message>
        <message>
            <source>This shift started on {when}.</source>
            <translation>Este turno empezó el {when}.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) exported to {path}.</source>
            <translation>
                <numerusform>%n evento exportado a {path}.</numerusform>
                <numerusform>%n eventos exportados a {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Still waiting to be sent: {pending}; refused: {failed}.</source>
            <translation>Pendientes de enviar: {pending}; rechazados: {failed}.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>CSV files for Excel, semicolon-separated (*.csv)</source>
            <translation>Archivos CSV para Excel, separados por punto y coma (*.csv)</translation>
        </message>
        <message>
            <source>Export the history as CSV</source>
            <translation>Exportar el historial como CSV</translation>
        </message>
        <message>
            <source>Not exported: {path} {why}; choose a file.</source>
            <translation>No exportado: {path} {why}; elija un archivo.</translation>
        </message>
        <message>
            <source>Not exported: {path} could not be written ({why}).</source>
            <translation>No exportado: no se pudo escribir {path} ({why}).</translation>
        </message>
    </context>
    <context>
        <name>IntakeLabel</name>
        <message>
            <source>Labels are made for 203 or 300 dpi printers, not {dpi}.</source>
            <extracomment>4 x 6 in, portrait, in PDF points. Code 128 module width in printer dots per resolution: 0.375 mm at 203 dpi, 0.34 mm at 300. Only when the bundled font cannot be read (a damaged install): PDF's own Helvetica. Every word of the label is in the bundled DejaVu Sans (revdesk/fonts), embedded in the PDF: the same letters on every platform and printer, in any script. Helvetica is not embedded; each viewer and driver stood in its own font for it.
----------
ZPL's largest QR module (^BQ magnification 1-10). The metrics that size our text: the printer's font 0 is a Helvetica-like sans serif.</extracomment>
            <translation>Las etiquetas se hacen para impresoras de 203 o 300 ppp, no de {dpi}.</translation>
        </message>
        <message>
            <source>No labels to make.</source>
            <translation>No hay etiquetas que hacer.</translation>
        </message>
        <message>
            <source>{id} cannot be printed as a Code 128 barcode.</source>
            <translation>{id} no se puede imprimir como código de barras Code 128.</translation>
        </message>
        <message>
            <source>The intake label for {id} could not be drawn ({kind}): nothing was printed.</source>
            <translation>No se pudo dibujar la etiqueta de entrada de {id} ({kind}): no se imprimió nada.</translation>
        </message>
        <message>
            <source>The process id {id} is too long for a readable barcode on a 4x6 label.</source>
            <translation>El id de proceso {id} es demasiado largo para un código de barras legible en una etiqueta 4x6.</translation>
        </message>
    </context>
    <context>
        <name>LabelActions</name>
        <message>
            <source>&amp;Print label</source>
            <extracomment>Every print, reprint and label upload is recorded here, ok or failed with why. Returns whose intake label was printed after a scan: once per parcel. Read when an action runs (``settings.current``), so a change saved in Settings is used by the next label without a restart.</extracomment>
            <translation>&amp;Imprimir etiqueta</translation>
        </message>
        <message>
            <source>&amp;Reprint last label</source>
            <translation>&amp;Reimprimir la última etiqueta</translation>
        </message>
        <message>
            <source>Print &amp;intake label</source>
            <translation>Imprimir etiqueta de &amp;entrada</translation>
        </message>
        <message>
            <source>&amp;Save label as PDF…</source>
            <translation>&amp;Guardar etiqueta como PDF…</translation>
        </message>
        <message>
            <source>Save intake label as P&amp;DF…</source>
            <translation>Guardar etiqueta de entrada como P&amp;DF…</translation>
        </message>
        <message>
            <source>&amp;Manual logistic order…</source>
            <translation>Orden logística &amp;manual…</translation>
        </message>
        <message>
            <source>Create &amp;logistic order…</source>
            <translation>Crear orden &amp;logística…</translation>
        </message>
        <message>
            <source>Request pic&amp;kup…</source>
            <translation>Solicitar re&amp;cogida…</translation>
        </message>
        <message>
            <source>&amp;Batch print selection</source>
            <translation>Imprimir la &amp;selección en lote</translation>
        </message>
        <message>
            <source>Label print&amp;ers…</source>
            <translation>Im&amp;presoras de etiquetas…</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Reimprimir</translation>
        </message>
        <message>
            <source>Intake label</source>
            <translation>Etiqueta de entrada</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Guardar PDF</translation>
        </message>
        <message>
            <source>Manual order</source>
            <translation>Orden manual</translation>
        </message>
        <message>
            <source>Logistic order</source>
            <translation>Orden logística</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>Recogida</translation>
        </message>
        <message>
            <source>Batch print</source>
            <translation>Imprimir lote</translation>
        </message>
        <message>
            <source>Intake PDF</source>
            <translation>PDF de entrada</translation>
        </message>
        <message>
            <source>Printers</source>
            <translation>Impresoras</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>Eti&amp;quetas</translation>
        </message>
        <message>
            <source>Select a return first.</source>
            <translation>Seleccione primero una devolución.</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Scaled down to fit the label: {names}.</source>
            <translation>Reducido para caber en la etiqueta: {names}.</translation>
        </message>
        <message>
            <source>Print label</source>
            <translation>Imprimir etiqueta</translation>
        </message>
        <message>
            <source>Reprint last</source>
            <translation>Reimprimir la última</translation>
        </message>
        <message>
            <source>That line of the history is not about one return.</source>
            <translation>Esa línea del historial no corresponde a una sola devolución.</translation>
        </message>
        <message>
            <source>Intake label for {pid} not printed: {why}</source>
            <translation>Etiqueta de entrada de {pid} no impresa: {why}</translation>
        </message>
        <message>
            <source>{pid}: not printed ({why})</source>
            <translation>{pid}: no impresa ({why})</translation>
        </message>
        <message>
            <source>None of the selected returns has a label to print.</source>
            <translation>Ninguna de las devoluciones seleccionadas tiene etiqueta que imprimir.</translation>
        </message>
        <message>
            <source>Fetching and printing labels…</source>
            <translation>Obteniendo e imprimiendo etiquetas…</translation>
        </message>
        <message>
            <source>Carrier labels print on {carrier}; intake labels on {intake}.</source>
            <translation>Las etiquetas del transportista se imprimen en {carrier}; las de entrada en {intake}.</translation>
        </message>
        <message>
            <source>Save intake label as PDF</source>
            <translation>Guardar etiqueta de entrada como PDF</translation>
        </message>
        <message>
            <source>Save label as PDF</source>
            <translation>Guardar etiqueta como PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Intake label for {pid}</source>
            <translation>Etiqueta de entrada de {pid}</translation>
        </message>
        <message>
            <source>Carrier label for {pid}</source>
            <translation>Etiqueta del transportista de {pid}</translation>
        </message>
        <message numerus="yes">
            <source>Intake labels for %n returns</source>
            <translation>
                <numerusform>Etiqueta de entrada de %n devolución</numerusform>
                <numerusform>Etiquetas de entrada de %n devoluciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Carrier labels for %n returns</source>
            <translation>
                <numerusform>Etiqueta del transportista de %n devolución</numerusform>
                <numerusform>Etiquetas del transportista de %n devoluciones</numerusform>
            </translation>
        </message>
        <message>
            <source>{subject} saved as {file}</source>
            <translation>{subject}: archivo guardado como {file}</translation>
        </message>
        <message numerus="yes">
            <source>{subject} saved in {folder} (%n files)</source>
            <translation>
                <numerusform>{subject}: %n archivo guardado en {folder}</numerusform>
                <numerusform>{subject}: %n archivos guardados en {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>{subject} printed on {printer}</source>
            <translation>{subject}: impresión enviada a {printer}</translation>
        </message>
    </context>
    <context>
        <name>LabelPrinter</name>
        <message>
            <source>No carrier-label printer is chosen yet (Labels → Label printers…): nothing was printed.</source>
            <translation>Aún no se ha elegido impresora para la etiqueta del transportista (Etiquetas → Impresoras de etiquetas…): no se imprimió nada.</translation>
        </message>
        <message>
            <source>No intake-label printer is chosen yet (Labels → Label printers…): nothing was printed.</source>
            <translation>Aún no se ha elegido impresora para la etiqueta de entrada (Etiquetas → Impresoras de etiquetas…): no se imprimió nada.</translation>
        </message>
        <message>
            <source>There is nothing to print.</source>
            <extracomment>The last job sent to a printer (its role and labels), for "Reprint last".</extracomment>
            <translation>No hay nada que imprimir.</translation>
        </message>
        <message>
            <source>Nothing has been printed yet on this station.</source>
            <translation>Aún no se ha impreso nada en este puesto.</translation>
        </message>
        <message>
            <source>{text} is not a printer address: the port must be a number from 1 to 65535 (a network label printer usually listens on {port}).</source>
            <extracomment>Written a piece at a time, each with the write timeout: a slow printer that keeps taking data is not cut off by a fixed limit for the whole job, a stalled one is. A ~HS answer is three lines framed STX … ETX CR LF; more than this is not one.</extracomment>
            <translation>{text} no es una dirección de impresora: el puerto debe ser un número de 1 a 65535 (una impresora de etiquetas en red suele escuchar en el {port}).</translation>
        </message>
        <message>
            <source>{text} is not a printer address: give the printer's IP address or network name, and its port if not {port} (e.g. 192.168.1.50:{port}).</source>
            <translation>{text} no es una dirección de impresora: indique la dirección IP o el nombre de red de la impresora, y su puerto si no es {port} (p. ej. 192.168.1.50:{port}).</translation>
        </message>
        <message>
            <source>its print head is open</source>
            <translation>tiene el cabezal abierto</translation>
        </message>
        <message>
            <source>it is out of labels</source>
            <translation>se ha quedado sin etiquetas</translation>
        </message>
        <message>
            <source>it is out of ribbon</source>
            <translation>se ha quedado sin cinta</translation>
        </message>
        <message>
            <source>it is paused</source>
            <translation>está en pausa</translation>
        </message>
        <message>
            <source>The label printer at {where} does not answer: is it on and connected?</source>
            <translation>La impresora de etiquetas en {where} no responde: ¿está encendida y conectada?</translation>
        </message>
        <message>
            <source>No printer named {host} is known on this network: check the name, or give its IP address.</source>
            <translation>No se conoce ninguna impresora llamada {host} en esta red: compruebe el nombre o indique su dirección IP.</translation>
        </message>
        <message>
            <source>The label printer at {where} refused the connection: is it on, and is {port} its raw printing port?</source>
            <translation>La impresora de etiquetas en {where} rechazó la conexión: ¿está encendida y es {port} su puerto de impresión directa (raw)?</translation>
        </message>
        <message>
            <source>What answers at {where} is a web server, not a label printer's raw port: a network label printer usually takes labels on port {port}.</source>
            <translation>Lo que responde en {where} es un servidor web, no el puerto directo de una impresora de etiquetas: una impresora de etiquetas en red suele recibir las etiquetas en el puerto {port}.</translation>
        </message>
        <message>
            <source>The label went to the printer at {where}, but {problems}: it prints once that is fixed.</source>
            <translation>La etiqueta llegó a la impresora en {where}, pero {problems}: se imprimirá cuando se solucione.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <source>The label printer at {where} took the connection but not the label: is it paused, jammed or busy? The label may still print: check before sending it again.</source>
            <translation>La impresora de etiquetas en {where} aceptó la conexión pero no la etiqueta: ¿está en pausa, atascada u ocupada? Puede que la etiqueta aún se imprima: compruébelo antes de enviarla de nuevo.</translation>
        </message>
        <message>
            <source>The label printer at {where} dropped the connection while taking the label: check it, and whether the label printed, before sending it again.</source>
            <translation>La impresora de etiquetas en {where} cortó la conexión mientras recibía la etiqueta: revísela, y compruebe si la etiqueta se imprimió, antes de enviarla de nuevo.</translation>
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
            <translation>imagen PNG</translation>
        </message>
        <message>
            <source>JPG image</source>
            <translation>imagen JPG</translation>
        </message>
        <message>
            <source>its header is damaged</source>
            <extracomment>Why a file of the right type does not open (:class:`BrokenLabel`'s ``why``).</extracomment>
            <translation>su cabecera está dañada</translation>
        </message>
        <message>
            <source>it is cut short (the end of the file is missing)</source>
            <translation>está incompleto (falta el final del archivo)</translation>
        </message>
        <message>
            <source>its index points outside the file</source>
            <translation>su índice apunta fuera del archivo</translation>
        </message>
        <message>
            <source>it is damaged (no PDF reader can open it)</source>
            <translation>está dañado (ningún lector de PDF puede abrirlo)</translation>
        </message>
        <message>
            <source>one of its pages is missing or damaged</source>
            <translation>falta una de sus páginas o está dañada</translation>
        </message>
        <message>
            <source>the picture has far too many pixels</source>
            <translation>la imagen tiene demasiados píxeles</translation>
        </message>
        <message>
            <source>the picture is damaged or cut short</source>
            <translation>la imagen está dañada o incompleta</translation>
        </message>
        <message>
            <source>it has no pages</source>
            <translation>no tiene páginas</translation>
        </message>
        <message>
            <source>This label file cannot be used.</source>
            <extracomment>What all of a label's object streams may unpack to: a zip bomb is refused, not unpacked. A label is a few pages (a carrier label, a customs form): more would empty the roll.</extracomment>
            <translation>Este archivo de etiqueta no se puede usar.</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>No se pudo leer el archivo.</translation>
        </message>
        <message>
            <source>This is not a regular file ({kind}): choose the label file itself.</source>
            <translation>Esto no es un archivo normal ({kind}): elija el propio archivo de la etiqueta.</translation>
        </message>
        <message>
            <source>The file is empty (0 bytes): pick the label file again.</source>
            <translation>El archivo está vacío (0 bytes): vuelva a elegir el archivo de la etiqueta.</translation>
        </message>
        <message>
            <source>This is not a PDF, PNG or JPG label: the file looks like {what}.</source>
            <translation>Esto no es una etiqueta PDF, PNG ni JPG: el archivo parece {what}.</translation>
        </message>
        <message>
            <source>The file is named .{named} but it is a {actual}. Check that this is the right file.</source>
            <translation>El archivo se llama .{named} pero es de tipo {actual}. Compruebe que es el archivo correcto.</translation>
        </message>
        <message>
            <source>The {kind} does not open: {why}.</source>
            <translation>No se puede abrir el archivo ({kind}): {why}.</translation>
        </message>
        <message>
            <source>The PDF has no pages: there is nothing to print.</source>
            <translation>El PDF no tiene páginas: no hay nada que imprimir.</translation>
        </message>
        <message>
            <source>The PDF has {count} pages; a label has at most {limit}: check that this is the label file.</source>
            <translation>El PDF tiene {count} páginas; una etiqueta tiene como máximo {limit}: compruebe que es el archivo de la etiqueta.</translation>
        </message>
        <message>
            <source>The PDF is encrypted: it cannot be printed.</source>
            <translation>El PDF está cifrado: no se puede imprimir.</translation>
        </message>
        <message>
            <source>The PDF contains JavaScript/launch actions; it was refused.</source>
            <translation>El PDF contiene acciones JavaScript o de ejecución; se ha rechazado.</translation>
        </message>
        <message>
            <source>The PDF packs its contents in a way the station cannot check for JavaScript; it was refused.</source>
            <translation>El PDF empaqueta su contenido de una forma en la que el puesto no puede buscar JavaScript; se ha rechazado.</translation>
        </message>
        <message>
            <source>The file is {size}, over the {limit} limit.</source>
            <translation>El archivo ocupa {size}, más del límite de {limit}.</translation>
        </message>
        <message>
            <source>an HEIC photo (export it from the phone as JPG)</source>
            <extracomment>Pixel size and declared resolution of an image label (None for a PDF, or no dpi). Each page's size in points (width, height) as the PDF engine reads it; () for an image.</extracomment>
            <translation>una foto HEIC (expórtela desde el móvil como JPG)</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>una imagen GIF</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>una imagen WebP</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>una imagen TIFF</translation>
        </message>
        <message>
            <source>a ZIP archive or an Office document</source>
            <translation>un archivo ZIP o un documento de Office</translation>
        </message>
        <message>
            <source>a BMP image</source>
            <translation>una imagen BMP</translation>
        </message>
        <message>
            <source>a web page (the download may have failed)</source>
            <translation>una página web (puede que la descarga fallara)</translation>
        </message>
        <message>
            <source>an XML or HTML document</source>
            <translation>un documento XML o HTML</translation>
        </message>
        <message>
            <source>a damaged PDF (it does not start with its header)</source>
            <translation>un PDF dañado (no empieza por su cabecera)</translation>
        </message>
        <message>
            <source>a text file</source>
            <translation>un archivo de texto</translation>
        </message>
        <message>
            <source>a file of an unknown kind</source>
            <translation>un archivo de tipo desconocido</translation>
        </message>
        <message>
            <source>The file could not be read ({why}).</source>
            <translation>No se pudo leer el archivo ({why}).</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>una carpeta</translation>
        </message>
        <message>
            <source>a pipe</source>
            <translation>una tubería (pipe)</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>un dispositivo</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>un socket</translation>
        </message>
        <message>
            <source>not a file</source>
            <translation>no es un archivo</translation>
        </message>
        <message>
            <source>The file is {size} bytes, over the {limit} limit ({bytes} bytes).</source>
            <translation>El archivo ocupa {size} bytes, más del límite de {limit} ({bytes} bytes).</translation>
        </message>
        <message>
            <source>the picture is damaged</source>
            <translation>la imagen está dañada</translation>
        </message>
        <message>
            <source>the PDF reader cannot open it</source>
            <translation>el lector de PDF no puede abrirlo</translation>
        </message>
    </context>
    <context>
        <name>LabelService</name>
        <message>
            <source>No label for {id}: the return has no label yet, or REVER does not know it.</source>
            <extracomment>Downloads at once for a batch: enough to hide latency, few enough to be polite.</extracomment>
            <translation>No hay etiqueta para {id}: la devolución aún no tiene etiqueta, o REVER no la conoce.</translation>
        </message>
    </context>
    <context>
        <name>LocalData</name>
        <message>
            <source>{folder} is a file, not a folder</source>
            <translation>{folder} es un archivo, no una carpeta</translation>
        </message>
        <message>
            <source>it is damaged ({why}) and could not be set aside: {error}</source>
            <translation>está dañado ({why}) y no se pudo apartar: {error}</translation>
        </message>
        <message>
            <source>Make sure the data folder {folder} exists, has free space and that this user may write in it (or set REVDESK_DATA_DIR to a folder it may write in), then start revdesk again.</source>
            <translation>Asegúrese de que la carpeta de datos {folder} existe, tiene espacio libre y este usuario puede escribir en ella (o indique en REVDESK_DATA_DIR una carpeta en la que pueda escribir), y vuelva a iniciar revdesk.</translation>
        </message>
        <message>
            <source>The station cannot use its outbox file {path} ({why}). No status change can be kept safely until it can. {what_to_do}</source>
            <translation>El puesto no puede usar su archivo de bandeja de salida {path} ({why}). Ningún cambio de estado se puede guardar con seguridad hasta que pueda. {what_to_do}</translation>
        </message>
        <message>
            <source>The outbox file {path} was damaged. It is kept as {kept} in the same folder and a new, empty outbox was started: status changes that waited in the damaged file were not sent. Check the returns scanned before now, and keep the damaged file for support.</source>
            <translation>El archivo de bandeja de salida {path} estaba dañado. Se conserva como {kept} en la misma carpeta y se ha empezado una bandeja de salida nueva y vacía: los cambios de estado que esperaban en el archivo dañado no se enviaron. Revise las devoluciones escaneadas hasta ahora y guarde el archivo dañado para el soporte.</translation>
        </message>
        <message>
            <source>The audit log {path} cannot be written ({why}). The station goes on and keeps what it records in memory until it can. {what_to_do}</source>
            <translation>No se puede escribir el registro de auditoría {path} ({why}). El puesto sigue funcionando y guarda en memoria lo que registra hasta que pueda. {what_to_do}</translation>
        </message>
        <message>
            <source>The audit log {path} was damaged. It is kept as {kept} in the same folder and a new audit log was started: the history before now is in the damaged file. Keep it for support.</source>
            <translation>El registro de auditoría {path} estaba dañado. Se conserva como {kept} en la misma carpeta y se ha empezado un registro nuevo: el historial anterior está en el archivo dañado. Guárdelo para el soporte.</translation>
        </message>
    </context>
    <context>
        <name>LogisticOrderDialog</name>
        <message>
            <source>Logistic order</source>
            <translation>Orden logística</translation>
        </message>
        <message>
            <source>Create logistic order — {pid}</source>
            <translation>Crear orden logística — {pid}</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transportista</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Return type</source>
            <translation>Tipo de devolución</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Customer address</source>
            <translation>Dirección del cliente</translation>
        </message>
        <message>
            <source>Warehouse address</source>
            <translation>Dirección del almacén</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>Create logistic order</source>
            <translation>Crear orden logística</translation>
        </message>
    </context>
    <context>
        <name>Logistics</name>
        <message>
            <source>Nothing was generated (provider OPS): this provider handles it outside REVER. Nothing needs to be done here.</source>
            <translation>No se generó nada (proveedor OPS): este proveedor lo gestiona fuera de REVER. No hay que hacer nada aquí.</translation>
        </message>
        <message>
            <source>{what} created: {id}.</source>
            <translation>{what} creada: {id}.</translation>
        </message>
        <message>
            <source>{what} created.</source>
            <translation>{what} creada.</translation>
        </message>
        <message>
            <source>e.g. {providers}</source>
            <translation>p. ej. {providers}</translation>
        </message>
        <message>
            <source>The providers REVER documents: {providers}. Any other provider your REVER account has is sent as typed.</source>
            <translation>Los proveedores que documenta REVER: {providers}. Cualquier otro proveedor de su cuenta de REVER se envía tal como se escribe.</translation>
        </message>
    </context>
    <context>
        <name>LogisticsRequestDialog</name>
        <message>
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
        <message>
            <source>Still sending: wait for REVER's answer.</source>
            <translation>Aún enviando: espere la respuesta de REVER.</translation>
        </message>
        <message>
            <source>Not sent.</source>
            <translation>No enviado.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Labels</source>
            <extracomment>Below this window height (a 1024x768 or 1366x768 screen) the recent scans keep three rows. After the list's first load: the dialogs' modules are imported then. The list's first load is over (its first page listed, or the load failed): what the start-up put off until then (sounds, connection checks, the heap's settling) may run. Resolved by closeEvent; made on first use, so a close that comes before anyone waits (a quit at start-up) is not missed.</extracomment>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>&amp;Undo last scan</source>
            <translation>&amp;Deshacer el último escaneo</translation>
        </message>
        <message>
            <source>Go to the &amp;scan box</source>
            <translation>Ir a la casilla de e&amp;scaneo</translation>
        </message>
        <message>
            <source>S&amp;can</source>
            <translation>Es&amp;canear</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Quit the station?</source>
            <translation>¿Cerrar el puesto?</translation>
        </message>
        <message numerus="yes">
            <source>%n scan(s) still waiting to be sent to REVER. They are kept and sent when the station runs again, but not while it is closed.</source>
            <translation>
                <numerusform>%n escaneo pendiente de enviar a REVER. Se guarda y se envía cuando el puesto vuelva a abrirse, pero no mientras esté cerrado.</numerusform>
                <numerusform>%n escaneos pendientes de enviar a REVER. Se guardan y se envían cuando el puesto vuelva a abrirse, pero no mientras esté cerrado.</numerusform>
            </translation>
        </message>
        <message>
            <source>Quit anyway</source>
            <translation>Cerrar de todos modos</translation>
        </message>
        <message>
            <source>Keep the station open</source>
            <translation>Mantener el puesto abierto</translation>
        </message>
        <message>
            <source>revdesk — station {name}</source>
            <translation>revdesk — puesto {name}</translation>
        </message>
        <message>
            <source> — SANDBOX</source>
            <translation> — PRUEBAS</translation>
        </message>
    </context>
    <context>
        <name>ManualOrderDialog</name>
        <message>
            <source>Labels (*.pdf *.png *.jpg *.jpeg)</source>
            <extracomment>The dialog's width where the screen has it: the address fields whole beside the preview. A label has a page or two; a 40-page PDF is a wrong file, and its preview would be slow.</extracomment>
            <translation>Etiquetas (*.pdf *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Manual logistic order</source>
            <extracomment>The station's returns list: the first place a tracking id already used is found. The tracking id the operator confirmed (or that no other return has): sent as is.</extracomment>
            <translation>Orden logística manual</translation>
        </message>
        <message>
            <source>Manual logistic order — {pid}</source>
            <translation>Orden logística manual — {pid}</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Print label</source>
            <translation>Imprimir etiqueta</translation>
        </message>
        <message>
            <source>Drop the carrier's label file here (PDF, PNG or JPG), or choose it.</source>
            <translation>Suelte aquí el archivo de la etiqueta del transportista (PDF, PNG o JPG), o elíjalo.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transportista</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Return method</source>
            <translation>Método de devolución</translation>
        </message>
        <message>
            <source>Tracking id</source>
            <translation>Número de seguimiento</translation>
        </message>
        <message>
            <source>Tracking URL</source>
            <translation>URL de seguimiento</translation>
        </message>
        <message>
            <source>From (the customer)</source>
            <translation>Origen (el cliente)</translation>
        </message>
        <message>
            <source>To (this warehouse)</source>
            <translation>Destino (este almacén)</translation>
        </message>
        <message>
            <source>Carrier label</source>
            <translation>Etiqueta del transportista</translation>
        </message>
        <message>
            <source>Choose the label file first.</source>
            <translation>Elija primero el archivo de la etiqueta.</translation>
        </message>
        <message>
            <source>Checking that no other return has this tracking id…</source>
            <translation>Comprobando que ninguna otra devolución tenga este número de seguimiento…</translation>
        </message>
        <message>
            <source>Check the tracking id</source>
            <translation>Compruebe el número de seguimiento</translation>
        </message>
        <message>
            <source>The tracking id {tracking} is already on return {pids}. One parcel has one tracking id: check the label. If it is right, press “Submit anyway”.</source>
            <translation>El número de seguimiento {tracking} ya está en la devolución {pids}. Un paquete tiene un solo número de seguimiento: revise la etiqueta. Si es correcta, pulse «Enviar de todos modos».</translation>
        </message>
        <message>
            <source>Submit anyway</source>
            <translation>Enviar de todos modos</translation>
        </message>
        <message>
            <source>Not sent.</source>
            <translation>No enviado.</translation>
        </message>
    </context>
    <context>
        <name>MatchesModel</name>
        <message>
            <source>Key</source>
            <extracomment>A digit is the operator's choice once no other key followed it for this long: longer than a slow scanner's gap between keys, so a read starting with a digit is never a choice. Rows shown without scrolling: as many as there are digit keys to choose them.</extracomment>
            <translation>Tecla</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Proceso</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Seguimiento</translation>
        </message>
    </context>
    <context>
        <name>Merchant</name>
        <message>
            <source>The merchant platform's address is set but not its key. Set the key in the station settings or in {env}.</source>
            <translation>La dirección de la plataforma del comercio está configurada, pero no su clave. Configure la clave en la configuración del puesto o en {env}.</translation>
        </message>
        <message>
            <source>The merchant platform's address cannot be used: it must be an https:// address (plain http only on this computer). Fix it in the station settings or in REVDESK_MERCHANT_URL.</source>
            <translation>No se puede usar la dirección de la plataforma del comercio: debe ser una dirección https:// (http solo en este ordenador). Corríjala en la configuración del puesto o en REVDESK_MERCHANT_URL.</translation>
        </message>
    </context>
    <context>
        <name>OneWindow</name>
        <message>
            <source>The station is already open on this computer (data folder {folder}). Use that window: two windows on one station would undo each other's settings.</source>
            <translation>El puesto ya está abierto en este ordenador (carpeta de datos {folder}). Use esa ventana: dos ventanas en un mismo puesto se desharían la configuración entre sí.</translation>
        </message>
    </context>
    <context>
        <name>OrderCli</name>
        <message>
            <source>“{text}” is not an order id.</source>
            <extracomment>An order id longer than this is no id: refused before anything is sent.</extracomment>
            <translation>«{text}» no es un id de pedido.</translation>
        </message>
        <message>
            <source>ITEM</source>
            <translation>ARTÍCULO</translation>
        </message>
        <message>
            <source>VARIANT</source>
            <translation>VARIANTE</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>QTY</source>
            <translation>CANT.</translation>
        </message>
        <message>
            <source>RETURNABLE</source>
            <translation>DEVOLVIBLE</translation>
        </message>
        <message>
            <source>Order        {number} (id {id})</source>
            <translation>Pedido       {number} (id {id})</translation>
        </message>
        <message>
            <source>Customer     {name} &lt;{email}&gt;</source>
            <translation>Cliente      {name} &lt;{email}&gt;</translation>
        </message>
        <message>
            <source>Purchased    {when}</source>
            <translation>Compra       {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n línea</numerusform>
                <numerusform>%n líneas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in all</source>
            <translation>
                <numerusform>%n artículo en total</numerusform>
                <numerusform>%n artículos en total</numerusform>
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
            <translation>REVER pide esperar {wait}</translation>
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <source>scan</source>
            <extracomment>The entry itself, for the view and tests.</extracomment>
            <translation>escaneo</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>deshacer</translation>
        </message>
        <message>
            <source>return detail</source>
            <translation>detalle de la devolución</translation>
        </message>
        <message>
            <source>bulk change</source>
            <translation>cambio en lote</translation>
        </message>
        <message>
            <source>script (CLI)</source>
            <translation>script (CLI)</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>aún no enviado</translation>
        </message>
        <message>
            <source>{reason} — next try at {when}</source>
            <translation>{reason} — próximo intento a las {when}</translation>
        </message>
        <message>
            <source>{reason} — trying again now</source>
            <translation>{reason} — reintentando ahora</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <source>Outbox — changes not sent yet</source>
            <extracomment>Pending entries listed; the count says how many more there are. Outcomes arrive one per change (a thousand during a flush): the tables are read again at most this often, not once per outcome.</extracomment>
            <translation>Bandeja de salida — cambios aún sin enviar</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>&amp;Enviar ahora</translation>
        </message>
        <message>
            <source>Try every waiting change now (Ctrl+Shift+O)</source>
            <translation>Intentar ahora todos los cambios en espera (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <source>&amp;Retry refused</source>
            <translation>&amp;Reintentar los rechazados</translation>
        </message>
        <message>
            <source>Send the refused changes again, after the cause was fixed (e.g. the API key); never those no retry can help (a cancelled or unknown return)</source>
            <translation>Volver a enviar los cambios rechazados, una vez corregida la causa (p. ej. la clave de API); nunca los que ningún reintento puede arreglar (una devolución cancelada o desconocida)</translation>
        </message>
        <message>
            <source>&amp;Discard refused…</source>
            <translation>&amp;Descartar los rechazados…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Waiting to be sent (sent by themselves as soon as REVER answers):</source>
            <translation>En espera de envío (se envían solos en cuanto REVER responda):</translation>
        </message>
        <message>
            <source>Refused by REVER (never sent again unless you retry them):</source>
            <translation>Rechazados por REVER (no se vuelven a enviar salvo que los reintente):</translation>
        </message>
        <message>
            <source>{pending} waiting to be sent · {failed} refused</source>
            <translation>{pending} en espera de envío · rechazados: {failed}</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…y %n más.</numerusform>
                <numerusform>…y %n más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused change(s) will be sent again.</source>
            <translation>
                <numerusform>%n cambio rechazado se enviará de nuevo.</numerusform>
                <numerusform>%n cambios rechazados se enviarán de nuevo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot succeed by retrying (a cancelled or unknown return): discard them once the lead has decided.</source>
            <translation>
                <numerusform>%n no se resolverá reintentando (devolución cancelada o desconocida): descártelo cuando el responsable lo haya decidido.</numerusform>
                <numerusform>%n no se resolverán reintentando (devolución cancelada o desconocida): descártelos cuando el responsable lo haya decidido.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Discard %n refused change(s)? They will never be sent to REVER; the history keeps a record of each.</source>
            <translation>
                <numerusform>¿Descartar %n cambio rechazado? Nunca se enviará a REVER; el historial guarda constancia de él.</numerusform>
                <numerusform>¿Descartar %n cambios rechazados? Nunca se enviarán a REVER; el historial guarda constancia de cada uno.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused change(s) discarded.</source>
            <translation>
                <numerusform>%n cambio rechazado descartado.</numerusform>
                <numerusform>%n cambios rechazados descartados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending the waiting changes now…</source>
            <translation>Enviando ahora los cambios en espera…</translation>
        </message>
        <message>
            <source>Discard refused changes</source>
            <translation>Descartar los cambios rechazados</translation>
        </message>
    </context>
    <context>
        <name>OutputFile</name>
        <message>
            <source>is a folder</source>
            <translation>es una carpeta</translation>
        </message>
        <message>
            <source>is a disk device or a socket, not a file to write</source>
            <translation>es un dispositivo de disco o un socket, no un archivo en el que escribir</translation>
        </message>
        <message>
            <source>is a pipe nothing reads from</source>
            <translation>es una tubería (pipe) que nadie lee</translation>
        </message>
    </context>
    <context>
        <name>ParcelContents</name>
        <message>
            <source>not said</source>
            <extracomment>The order's line items. The platform answered 404: it does not know this order. The platform cannot be reached, fails (5xx), is too slow or answers what the station cannot read: trying again later may work. No platform configured, its key missing or refused, its address unusable: the lead. The return names no order, so there is nothing to ask. What to tell the operator when there are no contents ("" with them).</extracomment>
            <translation>no indicado</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no (already returned)</source>
            <translation>no (ya devuelto)</translation>
        </message>
        <message>
            <source>no (shop policy)</source>
            <translation>no (política de la tienda)</translation>
        </message>
        <message>
            <source>no (not sent yet)</source>
            <translation>no (aún no enviado)</translation>
        </message>
        <message>
            <source>no (return period over)</source>
            <translation>no (plazo de devolución vencido)</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>The merchant's platform does not know order {order}: check the parcel against the return's items.</source>
            <translation>La plataforma del comercio no conoce el pedido {order}: compare el paquete con los artículos de la devolución.</translation>
        </message>
        <message>
            <source>The merchant's platform refused the station's key. Ask the warehouse lead to check the merchant key.</source>
            <translation>La plataforma del comercio rechazó la clave del puesto. Pida al responsable que revise la clave del comercio.</translation>
        </message>
        <message>
            <source>The merchant's platform cannot be asked: {reason}</source>
            <translation>No se puede consultar la plataforma del comercio: {reason}</translation>
        </message>
        <message>
            <source>No merchant platform is set up, so the order's contents cannot be shown.</source>
            <translation>No hay ninguna plataforma del comercio configurada, así que no se puede mostrar el contenido del pedido.</translation>
        </message>
        <message>
            <source>This return names no order: there are no contents to check.</source>
            <translation>Esta devolución no indica ningún pedido: no hay contenido que comprobar.</translation>
        </message>
        <message>
            <source>The merchant's platform sent an answer the station cannot read for order {order}. Try again later.</source>
            <translation>La plataforma del comercio envió una respuesta que el puesto no puede leer para el pedido {order}. Vuelva a intentarlo más tarde.</translation>
        </message>
        <message>
            <source>The merchant's platform cannot be reached or is failing right now. Try again in a moment; the rest of the return is unaffected.</source>
            <translation>La plataforma del comercio no está accesible o está fallando ahora. Vuelva a intentarlo en un momento; el resto de la devolución no se ve afectado.</translation>
        </message>
        <message>
            <source>Item</source>
            <extracomment>Pictures loaded for one order at most: an order of 500 lines does not start 500 loads.</extracomment>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Cant.</translation>
        </message>
        <message>
            <source>Returnable</source>
            <translation>Devolvible</translation>
        </message>
        <message>
            <source>The picture cannot be read.</source>
            <translation>No se puede leer la imagen.</translation>
        </message>
        <message>
            <source>{name}
No picture: {reason}</source>
            <translation>{name}
Sin imagen: {reason}</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>Asking the merchant's platform what this parcel should hold…</source>
            <translation>Preguntando a la plataforma del comercio qué debería contener este paquete…</translation>
        </message>
        <message numerus="yes">
            <source>Order {order}: %n item(s) should be in the parcel.</source>
            <translation>
                <numerusform>Pedido {order}: el paquete debería contener %n artículo.</numerusform>
                <numerusform>Pedido {order}: el paquete debería contener %n artículos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The parcel's contents could not be shown; the details are in the log.</source>
            <translation>No se pudo mostrar el contenido del paquete; los detalles están en el registro.</translation>
        </message>
        <message>
            <source>Parcel contents of {pid}</source>
            <extracomment>(process id, order id) of what is shown or loading.</extracomment>
            <translation>Contenido del paquete de {pid}</translation>
        </message>
    </context>
    <context>
        <name>PickListDialog</name>
        <message>
            <source>Which return is this parcel?</source>
            <translation>¿Qué devolución es este paquete?</translation>
        </message>
        <message numerus="yes">
            <source>“{text}” matches %n returns. Nothing was changed.</source>
            <translation>
                <numerusform>«{text}» coincide con %n devolución. No se cambió nada.</numerusform>
                <numerusform>«{text}» coincide con %n devoluciones. No se cambió nada.</numerusform>
            </translation>
        </message>
        <message>
            <source>Press 1–{n} for {action}, or scan another barcode of the parcel. Esc: none of them.</source>
            <translation>Pulse 1–{n} para {action}, o escanee otro código del paquete. Esc: ninguna.</translation>
        </message>
    </context>
    <context>
        <name>PickupDialog</name>
        <message>
            <source>Pickup</source>
            <translation>Recogida</translation>
        </message>
        <message>
            <source>Request pickup — {pid}</source>
            <translation>Solicitar recogida — {pid}</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transportista</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Pickup address</source>
            <translation>Dirección de recogida</translation>
        </message>
        <message>
            <source>Request pickup</source>
            <translation>Solicitar recogida</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>The picture's address gave something that is not a picture.</source>
            <extracomment>A picture larger than this (width x height) is refused before it is decoded: a small file can unpack into gigabytes. Far above a 64-pixel PNG (RGBA, uncompressed: 16 kB): a bigger cached file is not ours. Pictures loaded at once: a 40-line order does not open 40 connections. The thumbnail (PNG bytes), or None when refused. Why there is no thumbnail ("" with one).</extracomment>
            <translation>La dirección de la imagen devolvió algo que no es una imagen.</translation>
        </message>
        <message>
            <source>The picture is too large to show.</source>
            <translation>La imagen es demasiado grande para mostrarla.</translation>
        </message>
        <message>
            <source>The picture cannot be read.</source>
            <translation>No se puede leer la imagen.</translation>
        </message>
        <message>
            <source>No picture.</source>
            <translation>Sin imagen.</translation>
        </message>
        <message>
            <source>No merchant platform is set up.</source>
            <translation>No hay ninguna plataforma del comercio configurada.</translation>
        </message>
        <message>
            <source>The picture is too large to download.</source>
            <translation>La imagen es demasiado grande para descargarla.</translation>
        </message>
        <message>
            <source>The picture's address is not one the station loads from.</source>
            <translation>La dirección de la imagen no es una de las que el puesto usa para cargar.</translation>
        </message>
        <message>
            <source>The picture could not be loaded.</source>
            <translation>No se pudo cargar la imagen.</translation>
        </message>
    </context>
    <context>
        <name>PrinterProfileEditor</name>
        <message>
            <source>Carrier labels</source>
            <extracomment>The process id on a test label: no return has it, and it reads as what it is.</extracomment>
            <translation>Etiquetas del transportista</translation>
        </message>
        <message>
            <source>Intake labels</source>
            <translation>Etiquetas de entrada</translation>
        </message>
        <message>
            <source>A printer of this computer</source>
            <translation>Una impresora de este ordenador</translation>
        </message>
        <message>
            <source>A folder (PDF files)</source>
            <translation>Una carpeta (archivos PDF)</translation>
        </message>
        <message>
            <source>A ZPL label printer (Zebra)</source>
            <translation>Una impresora de etiquetas ZPL (Zebra)</translation>
        </message>
        <message>
            <source>{name} (not found now)</source>
            <translation>{name} (no encontrada ahora)</translation>
        </message>
        <message>
            <source>(this computer has no printer)</source>
            <translation>(este ordenador no tiene impresora)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>zebra-1:9100, or cups:QUEUE</source>
            <translation>zebra-1:9100, o cups:COLA</translation>
        </message>
        <message>
            <source>4x6 in (101.6 x 152.4 mm)</source>
            <translation>4x6 in (101,6 x 152,4 mm)</translation>
        </message>
        <message>
            <source>Custom size</source>
            <translation>Tamaño personalizado</translation>
        </message>
        <message>
            <source>{dpi} dpi</source>
            <translation>{dpi} ppp</translation>
        </message>
        <message>
            <source>Test print</source>
            <translation>Impresión de prueba</translation>
        </message>
        <message>
            <source>&amp;Prints on:</source>
            <translation>&amp;Imprime en:</translation>
        </message>
        <message>
            <source>&amp;Which:</source>
            <translation>&amp;Cuál:</translation>
        </message>
        <message>
            <source>Label &amp;stock:</source>
            <translation>&amp;Formato de etiqueta:</translation>
        </message>
        <message>
            <source>&amp;Resolution:</source>
            <translation>&amp;Resolución:</translation>
        </message>
        <message>
            <source>Folder for the label PDFs</source>
            <translation>Carpeta para los PDF de etiquetas</translation>
        </message>
        <message>
            <source>carrier</source>
            <translation>del transportista</translation>
        </message>
        <message>
            <source>intake</source>
            <translation>de entrada</translation>
        </message>
        <message>
            <source>The {which} label folder {folder} cannot be made: {why}.</source>
            <translation>No se puede crear la carpeta de etiquetas {which} {folder}: {why}.</translation>
        </message>
    </context>
    <context>
        <name>PrinterProfiles</name>
        <message>
            <source>Carrier label</source>
            <extracomment>A ZPL profile's address naming a raw CUPS queue instead of ``host:port``.</extracomment>
            <translation>Etiqueta del transportista</translation>
        </message>
        <message>
            <source>Intake label</source>
            <translation>Etiqueta de entrada</translation>
        </message>
        <message>
            <source>The label could not be written: {why}.</source>
            <translation>No se pudo escribir la etiqueta: {why}.</translation>
        </message>
    </context>
    <context>
        <name>PrinterProfilesBox</name>
        <message>
            <source>Print an intake label for each parcel received</source>
            <extracomment>A test print's result was shown: the dialog holding the box makes room for its lines.</extracomment>
            <translation>Imprimir una etiqueta de entrada por cada paquete recibido</translation>
        </message>
        <message>
            <source>Print the intake label after each parcel received (IN_WAREHOUSE confirmed)</source>
            <translation>Imprimir la etiqueta de entrada tras cada paquete recibido (IN_WAREHOUSE confirmado)</translation>
        </message>
        <message>
            <source>Test label</source>
            <translation>Etiqueta de prueba</translation>
        </message>
        <message>
            <source>Test print failed: {why}</source>
            <translation>La impresión de prueba falló: {why}</translation>
        </message>
    </context>
    <context>
        <name>PrinterSettings</name>
        <message>
            <source>no printer chosen</source>
            <extracomment>After a scan under CANCELED or ERROR (domain/scanning.ONE_SCAN_ACTIONS): go back to the default action ("one_scan"), or keep it and ask before each scan ("confirm"). Left on, either would go on cancelling every parcel that follows. What a printer profile prints on: an OS/CUPS printer by name, PDF files in a folder, or a ZPL label printer on the network (``host:port``) or behind a raw CUPS queue. The two printer roles of a station: the carrier's label and our intake label. zpl: ``host[:port]`` of a network label printer, or ``cups:QUEUE`` for a raw queue.</extracomment>
            <translation>ninguna impresora elegida</translation>
        </message>
        <message>
            <source>the folder {folder}</source>
            <translation>la carpeta {folder}</translation>
        </message>
        <message>
            <source>the ZPL printer {address}</source>
            <translation>la impresora ZPL {address}</translation>
        </message>
    </context>
    <context>
        <name>PrintersDialog</name>
        <message>
            <source>Label printers</source>
            <translation>Impresoras de etiquetas</translation>
        </message>
    </context>
    <context>
        <name>ProcessDetail</name>
        <message>
            <source>No return open</source>
            <translation>Ninguna devolución abierta</translation>
        </message>
        <message>
            <source>Customer:</source>
            <extracomment>Whose return it is, at a station of several REVER accounts (a row only then).</extracomment>
            <translation>Cliente:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>Correo:</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Pedido:</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Creada:</translation>
        </message>
        <message>
            <source>Return method:</source>
            <translation>Método de devolución:</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Cuenta:</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logística</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>Transportista:</translation>
        </message>
        <message>
            <source>Tracking:</source>
            <translation>Seguimiento:</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Método:</translation>
        </message>
        <message>
            <source>Pickups:</source>
            <translation>Recogidas:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Cant.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Set s&amp;tatus</source>
            <extracomment>What the parcel should hold, from the merchant's platform (filled by ``ParcelContentsActions``); the rest of the detail never waits for it.</extracomment>
            <translation>Cambiar &amp;estado</translation>
        </message>
        <message>
            <source>&amp;New status:</source>
            <translation>&amp;Nuevo estado:</translation>
        </message>
        <message>
            <source>Set this return's shipping status by hand</source>
            <translation>Cambiar a mano el estado de envío de esta devolución</translation>
        </message>
        <message>
            <source>Open tracking page</source>
            <translation>Abrir la página de seguimiento</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Artículos</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Parcel contents: what the order holds, from the merchant's platform. Check the parcel against it.</source>
            <translation>Contenido del paquete: lo que incluye el pedido, según la plataforma del comercio. Compare el paquete con él.</translation>
        </message>
        <message>
            <source>Customer, logistics</source>
            <translation>Cliente, logística</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Status changes from this station</source>
            <translation>Cambios de estado desde este puesto</translation>
        </message>
        <message>
            <source>Enter or double-click a row, or scan with Look up (F7), to open a return here.</source>
            <translation>Intro o doble clic en una fila, o escanee con Consultar (F7), para abrir aquí una devolución.</translation>
        </message>
        <message>
            <source>Loading {pid}…</source>
            <translation>Cargando {pid}…</translation>
        </message>
        <message>
            <source>{pid} could not be opened: {reason}</source>
            <translation>No se pudo abrir {pid}: {reason}</translation>
        </message>
        <message>
            <source>  (id {id})</source>
            <translation>  (id {id})</translation>
        </message>
        <message numerus="yes">
            <source>Items (%n)</source>
            <translation>
                <numerusform>Artículos (%n)</numerusform>
                <numerusform>Artículos (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Logistics not available: {reason}</source>
            <translation>Logística no disponible: {reason}</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>enviado</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>en cola</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fallido</translation>
        </message>
    </context>
    <context>
        <name>ProcessListPanel</name>
        <message>
            <source>Stat&amp;us:</source>
            <extracomment>Searching the server for rows not loaded yet waits for a pause in typing. What each column is first made wide enough for (process, order, customer, status, method, carrier, tracking, created), measured in the table's font: at 1024 px the first four show whole beside the detail. Below this width the list's search goes under its status filter.</extracomment>
            <translation>Estad&amp;o:</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>S&amp;earch:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>id, order, customer, e-mail, tracking (Ctrl+F)</source>
            <translation>id, pedido, cliente, correo, seguimiento (Ctrl+F)</translation>
        </message>
        <message>
            <source>id, order, customer, e-mail, tracking</source>
            <translation>id, pedido, cliente, correo, seguimiento</translation>
        </message>
        <message>
            <source>id, order, name…</source>
            <translation>id, pedido, nombre…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Read the list again (Ctrl+R)</source>
            <translation>Volver a leer la lista (Ctrl+R)</translation>
        </message>
        <message>
            <source>Set status of selected…</source>
            <translation>Estado de la selección…</translation>
        </message>
        <message>
            <source>Set status…</source>
            <translation>Estado…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>{shown} shown of {loaded} loaded</source>
            <translation>{shown} de {loaded} cargadas</translation>
        </message>
        <message>
            <source> — more load as you scroll</source>
            <translation> — se cargan más al desplazarse</translation>
        </message>
        <message>
            <source> — scroll for more</source>
            <translation> — desplácese para ver más</translation>
        </message>
        <message>
            <source> — saved list of {when}, being read again</source>
            <translation> — lista guardada de {when}, releyéndose</translation>
        </message>
        <message>
            <source> — saved list of {when}</source>
            <translation> — lista guardada de {when}</translation>
        </message>
        <message>
            <source> — loading…</source>
            <translation> — cargando…</translation>
        </message>
        <message>
            <source>No return matches “{text}” with status {status}.</source>
            <translation>Ninguna devolución coincide con «{text}» en estado {status}.</translation>
        </message>
        <message>
            <source>No return matches “{text}”.</source>
            <translation>Ninguna devolución coincide con «{text}».</translation>
        </message>
        <message>
            <source>No return has status {status}.</source>
            <translation>Ninguna devolución está en {status}.</translation>
        </message>
        <message>
            <source>Not every return is loaded: REVER is searched too.</source>
            <translation>No están cargadas todas las devoluciones: también se busca en REVER.</translation>
        </message>
        <message>
            <source>Searched: process id, order, customer, e-mail, tracking.</source>
            <translation>Se busca en: id de proceso, pedido, cliente, correo, seguimiento.</translation>
        </message>
        <message>
            <source>List not loaded: {reason} (Ctrl+R to retry)</source>
            <translation>Lista no cargada: {reason} (Ctrl+R para reintentar)</translation>
        </message>
    </context>
    <context>
        <name>ProcessTableModel</name>
        <message>
            <source>Process</source>
            <extracomment>Search keys made per slice of idle time (about 10 ms). A page could not be loaded (the error); fetching pauses until ``resume_fetching``. A page or a refresh came back from REVER: what ``load_failed`` said is over. The row field each column shows: the list's columns, and the account last when the station holds several REVER accounts (a 3PL desk: whose return is it). While the rows come from the local cache, when they were saved; None once the API has been read again over all of them.</extracomment>
            <translation>Proceso</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transportista</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creada</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Carpeta</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <extracomment>Where the built ``.qm`` files are, under ``resources/``: ``revdesk_&lt;code&gt;.qm``.</extracomment>
            <translation>&amp;Buscar en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Archivos de &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>QrSlip</name>
        <message>
            <source>Slips are made for 203 or 300 dpi printers, not {dpi}.</source>
            <extracomment>The longest QR payload accepted: a URL with an id and a token is well under it; a longer one makes modules too small for a phone at the slip's size. The QR code's square, quiet zone included, as large as the slip leaves room for. The smallest module a phone camera reads well off thermal paper: 0.33 mm. A name for the job and for a folder profile's file ("RT-W000001-walkin"): letters, digits, ``.``, ``_`` and ``-`` only (an id from a server never names another folder).</extracomment>
            <translation>Los resguardos se hacen para impresoras de 203 o 300 ppp, no de {dpi}.</translation>
        </message>
        <message>
            <source>The slip has nothing for its QR code.</source>
            <translation>El resguardo no tiene nada para su código QR.</translation>
        </message>
        <message>
            <source>The QR code's text is too long ({count} characters, at most {limit}) for a code a phone can read on this slip.</source>
            <translation>El texto del código QR es demasiado largo ({count} caracteres, máximo {limit}) para un código que un móvil pueda leer en este resguardo.</translation>
        </message>
        <message>
            <source>The QR code's text has characters a QR code link cannot carry.</source>
            <translation>El texto del código QR tiene caracteres que un enlace en código QR no puede llevar.</translation>
        </message>
        <message>
            <source>The QR code's text is too long for a code a phone can read on this slip.</source>
            <translation>El texto del código QR es demasiado largo para un código que un móvil pueda leer en este resguardo.</translation>
        </message>
    </context>
    <context>
        <name>QtLibraries</name>
        <message>
            <source>revdesk cannot open its window: there is no display here (DISPLAY and WAYLAND_DISPLAY are not set, as in an SSH session or on a server).
Start it from the desktop session of the station, or set DISPLAY to its screen (for example DISPLAY=:0).
For a check without a screen: QT_QPA_PLATFORM=offscreen revdesk</source>
            <extracomment>The plugin Qt loads for X11 and the library it is built on, below the PySide6 package. Longer than this, ldd's answer is not waited for: the station starts as it always did. The Debian/Ubuntu package of each system library in the xcb plugin's closure (PySide6's own Qt libraries travel with its wheel). Every package named here is in ``packaging/apt-packages.txt`` (tests/unit/test_qt_libraries.py checks), so the README's one install command gives all of them. Ubuntu's 64-bit-time packages (``…t64``) provide these names, so the same command works there.</extracomment>
            <translation>revdesk no puede abrir su ventana: aquí no hay pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas, como en una sesión SSH o en un servidor).
Inícielo desde la sesión de escritorio del puesto, o defina DISPLAY con su pantalla (por ejemplo DISPLAY=:0).
Para una prueba sin pantalla: QT_QPA_PLATFORM=offscreen revdesk</translation>
        </message>
        <message>
            <source>revdesk cannot open its window: no X server answers on DISPLAY={display}.
Start it from the desktop session of the station, or set DISPLAY to its screen (for example DISPLAY=:0).
For a check without a screen: QT_QPA_PLATFORM=offscreen revdesk</source>
            <extracomment>Where a local X server listens, display N at X&lt;N&gt; (also in Linux's abstract namespace). Display N of a TCP X server listens on this port + N. The hosts of a DISPLAY asked over TCP: this machine only, never another.</extracomment>
            <translation>revdesk no puede abrir su ventana: ningún servidor X responde en DISPLAY={display}.
Inícielo desde la sesión de escritorio del puesto, o defina DISPLAY con su pantalla (por ejemplo DISPLAY=:0).
Para una prueba sin pantalla: QT_QPA_PLATFORM=offscreen revdesk</translation>
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
            <translation>Franjas horarias de recogida</translation>
        </message>
    </context>
    <context>
        <name>RecentScansModel</name>
        <message>
            <source>raw: {raw}</source>
            <extracomment>Each result's symbol in a colour readable on the row (white, or its severity's tint). seq -&gt; (outcome, display text, symbol) Scans whose parcel was left unreceived (a pick list dropped unchosen): red rows.</extracomment>
            <translation>leído: {raw}</translation>
        </message>
        <message>
            <source>“{text}”: no return chosen</source>
            <translation>«{text}»: no se eligió devolución</translation>
        </message>
        <message>
            <source>not changed: scan it again</source>
            <translation>sin cambios: vuelva a escanearlo</translation>
        </message>
    </context>
    <context>
        <name>Request</name>
        <message>
            <source>a pickup range is listed twice</source>
            <extracomment>The longest text of a return the station keeps from an answer (a name, an address line, an item): far beyond any real one, short enough to lay out at once. Text the station shows (names, addresses, items) is cut to this many characters; None for answers that carry data (a label's bytes, an opaque page token). "XL", "Navy / M": the merchant contract's name for it (API-NOTES §3) [assumed]. [assumed] where the parcel comes from (the sandbox serves it): the "from" of a logistic order. Empty when REVER's answer has none. Which of the station's REVER accounts the return was read under (a station may hold several, see domain/accounts.py): set by the station, never read from an answer nor sent back. None: the platform did not say (the document requires it; shown as unknown). 2 returned already, 3 shop policy, 4 not fulfilled, 5 out of the return period.</extracomment>
            <translation>una franja horaria de recogida aparece dos veces</translation>
        </message>
        <message>
            <source>NO_RANGE cannot be combined with a time range</source>
            <translation>NO_RANGE no se puede combinar con una franja horaria</translation>
        </message>
        <message>
            <source>the tracking URL must start with https://</source>
            <translation>la URL de seguimiento debe empezar por https://</translation>
        </message>
        <message>
            <source>a home pick-up needs at least one pickup range</source>
            <translation>una recogida a domicilio necesita al menos una franja horaria de recogida</translation>
        </message>
    </context>
    <context>
        <name>ReturnsActions</name>
        <message>
            <source>&amp;Find a return</source>
            <extracomment>The timer refresh reads at most this many rows again (a manual refresh reads all).</extracomment>
            <translation>&amp;Buscar una devolución</translation>
        </message>
        <message>
            <source>&amp;Refresh the list</source>
            <translation>&amp;Actualizar la lista</translation>
        </message>
        <message>
            <source>&amp;Load every page</source>
            <translation>&amp;Cargar todas las páginas</translation>
        </message>
        <message>
            <source>&amp;Open the current return</source>
            <translation>Ab&amp;rir la devolución actual</translation>
        </message>
        <message>
            <source>Set status of &amp;selected…</source>
            <translation>Cambiar el estado de las &amp;seleccionadas…</translation>
        </message>
        <message>
            <source>Change the open return's s&amp;tatus</source>
            <translation>Cambiar el es&amp;tado de la devolución abierta</translation>
        </message>
        <message>
            <source>&amp;Returns</source>
            <translation>&amp;Devoluciones</translation>
        </message>
        <message>
            <source>Open {pid}</source>
            <translation>Abrir {pid}</translation>
        </message>
        <message>
            <source>{pid} is already {status}.</source>
            <translation>{pid} ya está en {status}.</translation>
        </message>
        <message>
            <source>Setting {pid} to {status}…</source>
            <translation>Pasando {pid} a {status}…</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>Sin cambios: {reason}</translation>
        </message>
        <message>
            <source>{pid} set to {status}.</source>
            <translation>{pid} pasada a {status}.</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Cambiar estado</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recargar</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Load the list</source>
            <translation>Cargar la lista</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Select returns in the list first (Shift/Ctrl + arrows, Ctrl+A).</source>
            <translation>Seleccione primero devoluciones en la lista (Mayús/Ctrl + flechas, Ctrl+A).</translation>
        </message>
        <message>
            <source>Select returns in the list first.</source>
            <translation>Seleccione primero devoluciones en la lista.</translation>
        </message>
    </context>
    <context>
        <name>ReverAccounts</name>
        <message>
            <source>stored</source>
            <extracomment>As ``config.ReverAccount.name`` allows.</extracomment>
            <translation>guardada</translation>
        </message>
        <message>
            <source>from the environment</source>
            <translation>del entorno</translation>
        </message>
        <message>
            <source>MISSING</source>
            <translation>FALTA</translation>
        </message>
        <message>
            <source>not needed</source>
            <translation>no hace falta</translation>
        </message>
        <message>
            <source>built-in sandbox</source>
            <translation>entorno de pruebas integrado</translation>
        </message>
        <message>
            <source>Give the account a name of up to {limit} printable characters. Nothing was saved.</source>
            <translation>Dé a la cuenta un nombre de hasta {limit} caracteres imprimibles. No se guardó nada.</translation>
        </message>
        <message>
            <source>“{name}” is the main account's name in the list: give this account another one. Nothing was saved.</source>
            <translation>«{name}» es el nombre de la cuenta principal en la lista: dé otro a esta cuenta. No se guardó nada.</translation>
        </message>
        <message>
            <source>“{name}” is too like the account “{other}”: both would read their key from {env}. Choose another name, or type “{other}” to replace it. Nothing was saved.</source>
            <translation>«{name}» se parece demasiado a la cuenta «{other}»: las dos leerían su clave de {env}. Elija otro nombre, o escriba «{other}» para reemplazarla. No se guardó nada.</translation>
        </message>
        <message>
            <source>Give the account's e-commerce id or its group: its returns are those of that e-commerce. Nothing was saved.</source>
            <translation>Indique el id de e-commerce de la cuenta o su grupo: sus devoluciones son las de ese e-commerce. No se guardó nada.</translation>
        </message>
        <message>
            <source>The e-commerce id and group take printable characters only. Nothing was saved.</source>
            <translation>El id de e-commerce y el grupo solo admiten caracteres imprimibles. No se guardó nada.</translation>
        </message>
        <message>
            <source>The main account is the built-in sandbox: more accounts are its e-commerces, with no address. Leave the address empty, or set the main account's API address and key first. Nothing was saved.</source>
            <translation>La cuenta principal es el entorno de pruebas integrado: las demás cuentas son e-commerces suyos, sin dirección. Deje la dirección vacía, o indique primero la dirección de la API y la clave de la cuenta principal. No se guardó nada.</translation>
        </message>
        <message>
            <source>An e-commerce of the built-in sandbox needs no key: leave the key empty. Nothing was saved.</source>
            <translation>Un e-commerce del entorno de pruebas integrado no necesita clave: deje la clave vacía. No se guardó nada.</translation>
        </message>
        <message>
            <source>Give the account's REVER API address (https://…): the main account is not the sandbox. Nothing was saved.</source>
            <translation>Indique la dirección de la API de REVER de la cuenta (https://…): la cuenta principal no es el entorno de pruebas. No se guardó nada.</translation>
        </message>
        <message>
            <source>The account's address has a user name, a password, a “?…” or a “#…” in it: an address is never a place for a secret (the key goes in its own field). Give the address alone. Nothing was saved.</source>
            <translation>La dirección de la cuenta lleva un usuario, una contraseña, un «?…» o un «#…»: una dirección nunca es sitio para un secreto (la clave va en su propio campo). Indique solo la dirección. No se guardó nada.</translation>
        </message>
        <message>
            <source>The account's address cannot be used: {why}</source>
            <translation>No se puede usar la dirección de la cuenta: {why}</translation>
        </message>
        <message>
            <source>“{name}” is the same e-commerce as the main account “{other}” at the same address: it needs no account of its own. Nothing was saved.</source>
            <translation>«{name}» es el mismo e-commerce que la cuenta principal «{other}» en la misma dirección: no necesita una cuenta propia. No se guardó nada.</translation>
        </message>
        <message>
            <source>“{name}” is the same e-commerce as “{other}” at the same address: type “{other}” to replace that account. Nothing was saved.</source>
            <translation>«{name}» es el mismo e-commerce que «{other}» en la misma dirección: escriba «{other}» para reemplazar esa cuenta. No se guardó nada.</translation>
        </message>
        <message>
            <source>The station holds {limit} more accounts, the most it can: remove one first. Nothing was saved.</source>
            <translation>El puesto tiene {limit} cuentas más, el máximo posible: quite una primero. No se guardó nada.</translation>
        </message>
        <message>
            <source>No key is stored for this account, and {env} is not set: type its API key. Nothing was saved.</source>
            <translation>No hay clave guardada para esta cuenta y {env} no está definida: escriba su clave de API. No se guardó nada.</translation>
        </message>
        <message>
            <source>it is not a valid address. Nothing was saved.</source>
            <translation>no es una dirección válida. No se guardó nada.</translation>
        </message>
        <message>
            <source>it must start with https:// (plain http is only for this computer). Nothing was saved.</source>
            <translation>debe empezar por https:// (http solo vale para este ordenador). No se guardó nada.</translation>
        </message>
        <message>
            <source>The main account would be named “{name}” in the list, as the account “{other}” is: give the main account another name.</source>
            <extracomment>A key stored for it was deleted from the credential store. Its key variable (``REVDESK_API_KEY__&lt;NAME&gt;``) is set: only whoever set it can unset it.</extracomment>
            <translation>La cuenta principal se llamaría «{name}» en la lista, como la cuenta «{other}»: dé otro nombre a la cuenta principal.</translation>
        </message>
        <message>
            <source>The main account would be the same e-commerce, at the same address, as the account “{name}”: remove that account (More REVER accounts…) or give the main account another e-commerce.</source>
            <translation>La cuenta principal sería el mismo e-commerce, en la misma dirección, que la cuenta «{name}»: quite esa cuenta (Más cuentas de REVER…) o dé otro e-commerce a la cuenta principal.</translation>
        </message>
        <message>
            <source>The accounts {names} have a REVER address: they cannot go with a main account on the built-in sandbox. Set the API address and key, or remove them (More REVER accounts…).</source>
            <translation>Las cuentas {names} tienen una dirección de REVER: no pueden ir con una cuenta principal en el entorno de pruebas integrado. Indique la dirección de la API y la clave, o quítelas (Más cuentas de REVER…).</translation>
        </message>
        <message>
            <source>The accounts {names} are e-commerces of the built-in sandbox: they cannot go with a main account at a REVER address. Remove them (More REVER accounts…) and add them with their own address and key.</source>
            <translation>Las cuentas {names} son e-commerces del entorno de pruebas integrado: no pueden ir con una cuenta principal en una dirección de REVER. Quítelas (Más cuentas de REVER…) y añádalas con su propia dirección y su clave.</translation>
        </message>
        <message>
            <source>The account “{name}” has no e-commerce id or group: its returns are those of one.</source>
            <translation>La cuenta «{name}» no tiene id de e-commerce ni grupo: sus devoluciones son las de uno de ellos.</translation>
        </message>
        <message>
            <source>The address of the account “{name}” has a user name, a password, a “?…” or a “#…” in it: an address is never a place for a secret.</source>
            <translation>La dirección de la cuenta «{name}» lleva un usuario, una contraseña, un «?…» o un «#…»: una dirección nunca es sitio para un secreto.</translation>
        </message>
        <message>
            <source>The accounts “{other}” and “{name}” would both read their key from {env}: each account needs a name of its own.</source>
            <translation>Las cuentas «{other}» y «{name}» leerían las dos su clave de {env}: cada cuenta necesita un nombre propio.</translation>
        </message>
        <message>
            <source>The accounts “{other}” and “{name}” are the same e-commerce at the same address: one account is enough.</source>
            <translation>Las cuentas «{other}» y «{name}» son el mismo e-commerce en la misma dirección: basta con una cuenta.</translation>
        </message>
        <message>
            <source>{count} more REVER accounts: a station holds at most {limit} (a return no account is known to own is asked of each at once).</source>
            <translation>{count} cuentas de REVER más: un puesto tiene como máximo {limit} (una devolución de la que no se sabe qué cuenta es dueña se pide a todas a la vez).</translation>
        </message>
        <message>
            <source>More REVER accounts</source>
            <translation>Más cuentas de REVER</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>E-commerce or group</source>
            <translation>E-commerce o grupo</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <source>&amp;Add or replace</source>
            <translation>&amp;Añadir o reemplazar</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <extracomment>Tests the form's account (its key typed, else the one stored) as Settings' Test connection does the main one's: a lead setting up a merchant knows at once.</extracomment>
            <translation>&amp;Probar</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <source>&amp;E-commerce id:</source>
            <translation>Id de &amp;e-commerce:</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Grupo:</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>&amp;Clave de API:</translation>
        </message>
        <message>
            <source>The main account is the built-in sandbox: more accounts are its e-commerces, with no address and no key.</source>
            <translation>La cuenta principal es el entorno de pruebas integrado: las demás cuentas son e-commerces suyos, sin dirección ni clave.</translation>
        </message>
        <message>
            <source>none (built-in sandbox)</source>
            <translation>ninguna (entorno de pruebas integrado)</translation>
        </message>
        <message>
            <source>Each account needs its REVER API address (https://…) and its own key, kept in this computer's credential store.</source>
            <translation>Cada cuenta necesita su dirección de la API de REVER (https://…) y su propia clave, guardada en el almacén de credenciales de este ordenador.</translation>
        </message>
        <message>
            <source>The key is stored in this computer's credential store, never in a file; {env} in the environment wins over it. Leave it empty to keep a stored key.</source>
            <translation>La clave se guarda en el almacén de credenciales de este ordenador, nunca en un archivo; {env} en el entorno prevalece sobre ella. Déjelo vacío para conservar una clave guardada.</translation>
        </message>
        <message>
            <source>Choose the account to remove in the list (the main account is set in Settings).</source>
            <translation>Elija en la lista la cuenta que quiere quitar (la cuenta principal se indica en Configuración).</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Probando…</translation>
        </message>
        <message>
            <source>Type the key to test it: a stored key, or one from the environment, is only used for its own saved account, unchanged.</source>
            <translation>Escriba la clave para probarla: una clave guardada, o una del entorno, solo se usa para su propia cuenta guardada, sin cambios.</translation>
        </message>
        <message>
            <source>The test itself failed ({error}); the details are in the log.</source>
            <translation>La propia prueba falló ({error}); los detalles están en el registro.</translation>
        </message>
    </context>
    <context>
        <name>ReverAdmin</name>
        <message>
            <source>Not sent: {problems}.</source>
            <extracomment>Label files are refused above this size (the upload limit of the station is the same). A list is followed at most this far: a server that hands out a new token with every page would otherwise be followed for ever (an exactly repeated token is caught sooner).</extracomment>
            <translation>No enviado: {problems}.</translation>
        </message>
        <message>
            <source>This return has no label yet.</source>
            <translation>Esta devolución aún no tiene etiqueta.</translation>
        </message>
        <message>
            <source>REVER's list has more than {limit} returns, more than the station reads at once; it stopped there. Narrow it with a status or a search.</source>
            <translation>La lista de REVER tiene más de {limit} devoluciones, más de las que el puesto lee de una vez; se detuvo ahí. Acótela con un estado o una búsqueda.</translation>
        </message>
        <message>
            <source>REVER's list did not end after {limit} pages; the station stopped there. Narrow it with a status or a search.</source>
            <translation>La lista de REVER no terminó tras {limit} páginas; el puesto se detuvo ahí. Acótela con un estado o una búsqueda.</translation>
        </message>
        <message>
            <source>REVER sent the same page twice; the list stopped there.</source>
            <translation>REVER envió la misma página dos veces; la lista se detuvo ahí.</translation>
        </message>
        <message>
            <source>REVER has no list of returns at this address (HTTP 404).</source>
            <translation>REVER no tiene lista de devoluciones en esta dirección (HTTP 404).</translation>
        </message>
        <message>
            <source>REVER's answer to the list request could not be read.</source>
            <translation>No se pudo leer la respuesta de REVER a la solicitud de la lista.</translation>
        </message>
        <message>
            <source>Cannot list returns: {cause}</source>
            <translation>No se pueden listar las devoluciones: {cause}</translation>
        </message>
    </context>
    <context>
        <name>Reversio</name>
        <message>
            <source>Product {n}</source>
            <extracomment>[doc 000] "a token has a validity of one hour": the lifetime taken when a JWT's payload says nothing readable about it. A token is renewed this long before its end (a tenth of a short test token's life)... An answer larger than this is refused unread: none of these calls comes near it. A self-care link longer than this is not printed as a QR code.</extracomment>
            <translation>Producto {n}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <source>is not a field of a Revers.io order</source>
            <translation>no es un campo de un pedido de Revers.io</translation>
        </message>
        <message>
            <source>must be one of {values}</source>
            <translation>debe ser uno de {values}</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>debe ser un número</translation>
        </message>
        <message>
            <source>Revers.io refused the request:</source>
            <translation>Revers.io rechazó la solicitud:</translation>
        </message>
        <message>
            <source>The order cannot be sent to Revers.io as it is:</source>
            <translation>El pedido no se puede enviar a Revers.io tal como está:</translation>
        </message>
        <message>
            <source>it gave no reason.</source>
            <translation>no dio ningún motivo.</translation>
        </message>
        <message>
            <source>Revers.io does not know this order.</source>
            <translation>Revers.io no conoce este pedido.</translation>
        </message>
        <message>
            <source>Revers.io refused the subscription key or the secret. Ask the warehouse lead to check the Revers.io account in the settings.</source>
            <translation>Revers.io rechazó la clave de suscripción o el secreto. Pida al responsable que revise la cuenta de Revers.io en la configuración.</translation>
        </message>
        <message>
            <source>This Revers.io account is not allowed to do that. Ask the warehouse lead.</source>
            <translation>Esta cuenta de Revers.io no permite hacer eso. Consulte al responsable.</translation>
        </message>
        <message>
            <source>Revers.io answered the token request with something that is not a token.</source>
            <extracomment>A JWT as plain text: three base64url parts (the signature may be empty).</extracomment>
            <translation>Revers.io respondió a la solicitud de token con algo que no es un token.</translation>
        </message>
        <message>
            <source>it must start with https:// (plain http only to this computer)</source>
            <translation>debe empezar por https:// (http solo hacia este ordenador)</translation>
        </message>
        <message>
            <source>The Revers.io address “{url}” cannot be used: {why}. Fix it in the station settings or in REVDESK_REVERSIO_URL.</source>
            <translation>No se puede usar la dirección de Revers.io «{url}»: {why}. Corríjala en la configuración del puesto o en REVDESK_REVERSIO_URL.</translation>
        </message>
        <message>
            <source>subscription key</source>
            <translation>clave de suscripción</translation>
        </message>
        <message>
            <source>secret</source>
            <translation>secreto</translation>
        </message>
        <message>
            <source>The Revers.io account {account} has no {what}. Set it in the settings or in the environment.</source>
            <translation>La cuenta de Revers.io {account} no tiene {what}. Configúrelo en la configuración o en el entorno.</translation>
        </message>
        <message>
            <source>The Revers.io {what} has {why} in it. Paste it again, without anything around it.</source>
            <translation>El dato de Revers.io «{what}» contiene {why}. Vuelva a pegarlo, sin nada alrededor.</translation>
        </message>
        <message>
            <source>Revers.io did not answer in time. Check the network and try again.</source>
            <extracomment>Tokens fetched so far: a call that waited while one was fetched uses it.</extracomment>
            <translation>Revers.io no respondió a tiempo. Compruebe la red y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>No connection to Revers.io. Check the network; nothing was changed.</source>
            <translation>Sin conexión con Revers.io. Compruebe la red; no se cambió nada.</translation>
        </message>
        <message>
            <source>Revers.io sent an answer too large to read.</source>
            <translation>Revers.io envió una respuesta demasiado grande para leerla.</translation>
        </message>
        <message>
            <source>Revers.io sent an answer the station cannot read.</source>
            <translation>Revers.io envió una respuesta que el puesto no puede leer.</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>rechazado</translation>
        </message>
        <message>
            <source>Revers.io is busy (too many requests). Wait a few seconds and try again.</source>
            <translation>Revers.io está ocupado (demasiadas solicitudes). Espere unos segundos y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Revers.io had a problem on its side. Try again in a moment.</source>
            <translation>Revers.io tuvo un problema por su parte. Vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>Revers.io refused this request (HTTP {status}).</source>
            <translation>Revers.io rechazó esta solicitud (HTTP {status}).</translation>
        </message>
        <message>
            <source>Type an order reference first.</source>
            <translation>Escriba primero una referencia de pedido.</translation>
        </message>
        <message>
            <source>Revers.io took the order but did not say its id.</source>
            <translation>Revers.io aceptó el pedido pero no indicó su id.</translation>
        </message>
        <message>
            <source>Type the Revers.io order id first.</source>
            <translation>Escriba primero el id de pedido de Revers.io.</translation>
        </message>
        <message>
            <source>Revers.io did not give a link.</source>
            <translation>Revers.io no dio ningún enlace.</translation>
        </message>
        <message>
            <source>Revers.io gave a link that is not a web address: {link}</source>
            <translation>Revers.io dio un enlace que no es una dirección web: {link}</translation>
        </message>
        <message>
            <source>is not an id of the form 00000000-0000-0000-0000-000000000000</source>
            <translation>no es un id con el formato 00000000-0000-0000-0000-000000000000</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>está vacío</translation>
        </message>
        <message>
            <source>is not a date and time such as 2021-06-01T14:46:28Z</source>
            <translation>no es una fecha y hora como 2021-06-01T14:46:28Z</translation>
        </message>
        <message>
            <source>Order reference</source>
            <extracomment>Plain words for the document's field names, in errors[] and in the station's own checks.</extracomment>
            <translation>Referencia del pedido</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <source>Address, second line</source>
            <translation>Dirección, segunda línea</translation>
        </message>
        <message>
            <source>Door code</source>
            <translation>Código de la puerta</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>Piso</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Código de país</translation>
        </message>
        <message>
            <source>Address phone</source>
            <translation>Teléfono de la dirección</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Purchase date</source>
            <translation>Fecha de compra</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Productos</translation>
        </message>
        <message>
            <source>Model id</source>
            <translation>Id de modelo</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Order line</source>
            <translation>Línea de pedido</translation>
        </message>
        <message>
            <source>Supplier id</source>
            <translation>Id de proveedor</translation>
        </message>
        <message>
            <source>Shipping price</source>
            <translation>Gastos de envío</translation>
        </message>
        <message>
            <source>Sales channel</source>
            <translation>Canal de venta</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Tienda</translation>
        </message>
        <message>
            <source>Order id</source>
            <translation>Id de pedido</translation>
        </message>
        <message>
            <source>(no status given)</source>
            <extracomment>The built-in sandbox takes any non-empty pair; these say what they are in a log line. The in-process origin the embedded sandbox answers on (as backend.EMBEDDED_URL). The problem in the operator's words ("" when there is a status). The error behind ``problem``, for a caller that sorts failures (the CLI's exit code).</extracomment>
            <translation>(sin estado indicado)</translation>
        </message>
        <message>
            <source>not known to this account</source>
            <translation>desconocido para esta cuenta</translation>
        </message>
        <message>
            <source>Revers.io</source>
            <translation>Revers.io</translation>
        </message>
        <message>
            <source>There is no Revers.io account named “{name}”.</source>
            <translation>No hay ninguna cuenta de Revers.io llamada «{name}».</translation>
        </message>
        <message>
            <source>A Revers.io key or secret is set but no Revers.io address: set REVDESK_REVERSIO_URL or add the account in the settings.</source>
            <translation>Hay una clave o un secreto de Revers.io, pero ninguna dirección de Revers.io: configure REVDESK_REVERSIO_URL o añada la cuenta en la configuración.</translation>
        </message>
        <message>
            <source>The Revers.io account “{name}” has no subscription key or no secret. Set them in the settings, or in REVDESK_REVERSIO_SUBSCRIPTION_KEY and REVDESK_REVERSIO_SECRET.</source>
            <translation>La cuenta de Revers.io «{name}» no tiene clave de suscripción o no tiene secreto. Configúrelos en la configuración, o en REVDESK_REVERSIO_SUBSCRIPTION_KEY y REVDESK_REVERSIO_SECRET.</translation>
        </message>
        <message>
            <source>Finish your return online</source>
            <translation>Termine su devolución en línea</translation>
        </message>
        <message>
            <source>Order: {order}</source>
            <translation>Pedido: {order}</translation>
        </message>
        <message>
            <source>Revers.io order id: {id}</source>
            <translation>Id de pedido de Revers.io: {id}</translation>
        </message>
        <message>
            <source>Account: {account}</source>
            <translation>Cuenta: {account}</translation>
        </message>
        <message>
            <source>Scan the code with your phone's camera.</source>
            <translation>Escanee el código con la cámara de su móvil.</translation>
        </message>
    </context>
    <context>
        <name>ReversioAccounts</name>
        <message>
            <source>Set by {names} in the environment (what is typed here is stored, but the environment's are used).</source>
            <extracomment>As ``revdesk reversio account-add`` allows.</extracomment>
            <translation>Definidos por {names} en el entorno (lo que se escriba aquí se guarda, pero se usan los del entorno).</translation>
        </message>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <source>{name} in the environment is used for this run, whatever is stored.</source>
            <translation>Se usa {name} del entorno en esta ejecución, sea cual sea lo guardado.</translation>
        </message>
        <message>
            <source>Type the account's address, then its subscription key and secret.</source>
            <translation>Escriba la dirección de la cuenta y después su clave de suscripción y su secreto.</translation>
        </message>
        <message>
            <source>A key and secret are stored in this computer's credential store for this address — leave both empty to keep them.</source>
            <translation>Hay una clave y un secreto guardados en el almacén de credenciales de este ordenador para esta dirección — deje ambos vacíos para conservarlos.</translation>
        </message>
        <message>
            <source>No key and secret are stored for this address — type both here.</source>
            <translation>No hay clave ni secreto guardados para esta dirección — escriba ambos aquí.</translation>
        </message>
        <message>
            <source>from the environment</source>
            <translation>del entorno</translation>
        </message>
        <message>
            <source>stored</source>
            <translation>guardados</translation>
        </message>
        <message>
            <source>MISSING</source>
            <translation>FALTAN</translation>
        </message>
        <message>
            <source>Revers.io accounts</source>
            <translation>Cuentas de Revers.io</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Key and secret</source>
            <translation>Clave y secreto</translation>
        </message>
        <message>
            <source>Set for this run by the environment (wins over what you save here): {names}</source>
            <translation>Fijado para esta ejecución por el entorno (prevalece sobre lo que guarde aquí): {names}</translation>
        </message>
        <message>
            <source>&amp;Add or replace</source>
            <translation>&amp;Añadir o reemplazar</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <source>Subscription &amp;key:</source>
            <translation>&amp;Clave de suscripción:</translation>
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation>&amp;Secreto:</translation>
        </message>
        <message>
            <source>Give the account a name (printable characters only).</source>
            <translation>Dé un nombre a la cuenta (solo caracteres imprimibles).</translation>
        </message>
        <message>
            <source>Type both the subscription key and the secret: they are stored together. Nothing was saved.</source>
            <translation>Escriba la clave de suscripción y el secreto: se guardan juntos. No se guardó nada.</translation>
        </message>
        <message>
            <source>No key and secret are stored for this address: type both. Nothing was saved.</source>
            <translation>No hay clave ni secreto guardados para esta dirección: escriba ambos. No se guardó nada.</translation>
        </message>
        <message>
            <source>Choose the account to remove in the list.</source>
            <translation>Elija en la lista la cuenta que quiere quitar.</translation>
        </message>
    </context>
    <context>
        <name>ReversioCli</name>
        <message>
            <source>Revers.io from the built-in sandbox (no Revers.io account set)</source>
            <translation>Revers.io del entorno de pruebas integrado (sin cuenta de Revers.io configurada)</translation>
        </message>
        <message>
            <source>no Revers.io account named “{name}”; the accounts: {names}</source>
            <translation>no hay ninguna cuenta de Revers.io llamada «{name}»; las cuentas: {names}</translation>
        </message>
        <message>
            <source>several Revers.io accounts: choose one with --account ({names})</source>
            <translation>varias cuentas de Revers.io: elija una con --account ({names})</translation>
        </message>
        <message>
            <source>give an order reference</source>
            <translation>indique una referencia de pedido</translation>
        </message>
        <message>
            <source>no Revers.io account knows the order {reference}</source>
            <translation>ninguna cuenta de Revers.io conoce el pedido {reference}</translation>
        </message>
        <message>
            <source>Revers.io could not be asked: see the rows above</source>
            <translation>no se pudo consultar Revers.io: vea las filas de arriba</translation>
        </message>
        <message>
            <source>cannot read {file}: {why}</source>
            <extracomment>An order file larger than this is not one (the document's example is about 2 kB).</extracomment>
            <translation>no se puede leer {file}: {why}</translation>
        </message>
        <message>
            <source>{file} is not a regular file</source>
            <translation>{file} no es un archivo normal</translation>
        </message>
        <message>
            <source>{file} is too large for an order</source>
            <translation>{file} es demasiado grande para un pedido</translation>
        </message>
        <message>
            <source>{file} is not JSON: {why}</source>
            <translation>{file} no es JSON: {why}</translation>
        </message>
        <message>
            <source>{file} is not a JSON object</source>
            <translation>{file} no es un objeto JSON</translation>
        </message>
        <message>
            <source>no Revers.io account: the built-in sandbox serves Revers.io</source>
            <translation>sin cuenta de Revers.io: el entorno de pruebas integrado hace de Revers.io</translation>
        </message>
        <message>
            <source>key and secret set</source>
            <translation>clave y secreto configurados</translation>
        </message>
        <message>
            <source>key or secret MISSING</source>
            <translation>FALTA la clave o el secreto</translation>
        </message>
        <message>
            <source>give the account a name of up to 60 printable characters</source>
            <translation>dé a la cuenta un nombre de hasta 60 caracteres imprimibles</translation>
        </message>
        <message>
            <source>both the subscription key and the secret are needed; nothing was saved</source>
            <translation>hacen falta la clave de suscripción y el secreto; no se guardó nada</translation>
        </message>
        <message>
            <source>Revers.io account {name} saved; its key and secret are in the credential store</source>
            <translation>cuenta de Revers.io {name} guardada; su clave y su secreto están en el almacén de credenciales</translation>
        </message>
    </context>
    <context>
        <name>ReversioDialog</name>
        <message>
            <source>Order reference</source>
            <extracomment>The walk-in form: (the document's path, its label). Each field gets an error line.
----------
The customer's order reference of the link, when known (the slip shows it). (account, order id, reference) of the order last chosen or imported.</extracomment>
            <translation>Referencia del pedido</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Código de país</translation>
        </message>
        <message>
            <source>Purchase date (UTC)</source>
            <translation>Fecha de compra (UTC)</translation>
        </message>
        <message>
            <source>Product model id</source>
            <translation>Id de modelo del producto</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <source>Sales channel</source>
            <translation>Canal de venta</translation>
        </message>
        <message>
            <source>Revers.io</source>
            <translation>Revers.io</translation>
        </message>
        <message>
            <source>Order status</source>
            <translation>Estado del pedido</translation>
        </message>
        <message>
            <source>Walk-in order</source>
            <translation>Pedido en mostrador</translation>
        </message>
        <message>
            <source>Self-care link</source>
            <translation>Enlace de autogestión</translation>
        </message>
        <message>
            <source>&amp;Look up</source>
            <translation>&amp;Consultar</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Order id</source>
            <translation>Id de pedido</translation>
        </message>
        <message>
            <source>Self-care link for this order</source>
            <translation>Enlace de autogestión para este pedido</translation>
        </message>
        <message>
            <source>Type an order reference first.</source>
            <translation>Escriba primero una referencia de pedido.</translation>
        </message>
        <message>
            <source>Asking Revers.io…</source>
            <translation>Consultando a Revers.io…</translation>
        </message>
        <message>
            <source>Revers.io order status</source>
            <translation>Estado del pedido en Revers.io</translation>
        </message>
        <message numerus="yes">
            <source>Known to %n account(s).</source>
            <translation>
                <numerusform>Conocido por %n cuenta.</numerusform>
                <numerusform>Conocido por %n cuentas.</numerusform>
            </translation>
        </message>
        <message>
            <source>No account knows this order.</source>
            <translation>Ninguna cuenta conoce este pedido.</translation>
        </message>
        <message>
            <source>(not said)</source>
            <translation>(no indicado)</translation>
        </message>
        <message>
            <source>Mr</source>
            <translation>Sr.</translation>
        </message>
        <message>
            <source>Mrs</source>
            <translation>Sra.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Tienda</translation>
        </message>
        <message>
            <source>&amp;Import order</source>
            <translation>&amp;Importar pedido</translation>
        </message>
        <message>
            <source>Sending the order…</source>
            <translation>Enviando el pedido…</translation>
        </message>
        <message>
            <source>Imported on {account}: order id {id}.</source>
            <translation>Importado en {account}: id de pedido {id}.</translation>
        </message>
        <message>
            <source>Revers.io import</source>
            <translation>Importación a Revers.io</translation>
        </message>
        <message>
            <source>See the fields marked in red.</source>
            <translation>Vea los campos marcados en rojo.</translation>
        </message>
        <message>
            <source>Revers.io order id</source>
            <translation>Id de pedido de Revers.io</translation>
        </message>
        <message>
            <source>&amp;Create link</source>
            <translation>Crear en&amp;lace</translation>
        </message>
        <message>
            <source>&amp;Print slip</source>
            <translation>Im&amp;primir resguardo</translation>
        </message>
        <message>
            <source>Type the Revers.io order id first.</source>
            <translation>Escriba primero el id de pedido de Revers.io.</translation>
        </message>
        <message>
            <source>Asking Revers.io for a link…</source>
            <translation>Pidiendo un enlace a Revers.io…</translation>
        </message>
        <message>
            <source>Link made on {account}. Print the slip for the customer.</source>
            <translation>Enlace creado en {account}. Imprima el resguardo para el cliente.</translation>
        </message>
        <message>
            <source>Revers.io self-care link</source>
            <translation>Enlace de autogestión de Revers.io</translation>
        </message>
        <message>
            <source>Print slip</source>
            <translation>Imprimir resguardo</translation>
        </message>
        <message>
            <source>The slip was sent to the intake printer.</source>
            <translation>El resguardo se envió a la impresora de entrada.</translation>
        </message>
    </context>
    <context>
        <name>ScanPanel</name>
        <message>
            <source>Scan action:</source>
            <extracomment>The only Ctrl shortcuts the scan box keeps for itself. The pace of the keys typed since the last scanner-like key: a Tab ends a scan only after a scanner's burst.</extracomment>
            <translation>Al escanear:</translation>
        </message>
        <message>
            <source>Scan here (or type a process id and Enter)</source>
            <translation>Escanee aquí (o escriba un id de proceso e Intro)</translation>
        </message>
        <message>
            <source>Scan here (or type an id)</source>
            <translation>Escanee aquí (o escriba un id)</translation>
        </message>
        <message>
            <source>Scan here</source>
            <translation>Escanee aquí</translation>
        </message>
        <message>
            <source>Scan box</source>
            <translation>Casilla de escaneo</translation>
        </message>
        <message>
            <source>Recent scans</source>
            <extracomment>Open while a status scan's several matches wait for the operator's choice. Open while a CANCELED / ERROR scan waits for the operator's yes (setting scan.risky_actions = "confirm"), or an undo of an old scan does.</extracomment>
            <translation>Últimos escaneos</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>Consultar</translation>
        </message>
        <message>
            <source>raw: “{raw}”</source>
            <translation>leído: «{raw}»</translation>
        </message>
        <message>
            <source>{action}? Confirm on screen</source>
            <translation>¿{action}? Confirme en pantalla</translation>
        </message>
        <message>
            <source>Set {action}?</source>
            <translation>¿Poner {action}?</translation>
        </message>
        <message>
            <source>Set the return scanned as “{raw}” to {action}?

The scan action stays {action}: every scan asks.</source>
            <translation>¿Poner en {action} la devolución escaneada como «{raw}»?

La acción del escaneo sigue siendo {action}: cada escaneo lo pregunta.</translation>
        </message>
        <message>
            <source>Set {action}</source>
            <translation>Poner {action}</translation>
        </message>
        <message>
            <source>Don't change it</source>
            <translation>No cambiarla</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Nada que deshacer</translation>
        </message>
        <message>
            <source>{s} s ago</source>
            <translation>hace {s} s</translation>
        </message>
        <message>
            <source>{m} min ago</source>
            <translation>hace {m} min</translation>
        </message>
        <message>
            <source>Undo an older scan?</source>
            <translation>¿Deshacer un escaneo anterior?</translation>
        </message>
        <message>
            <source>The last scan was {when}: {pid} set to {new}.

Undo it and set {pid} back to {old}? (Undo takes back a scan of the last {limit} s without asking.)</source>
            <translation>El último escaneo fue {when}: {pid} pasó a {new}.

¿Deshacerlo y devolver {pid} a {old}? (Deshacer anula sin preguntar un escaneo de los últimos {limit} s.)</translation>
        </message>
        <message>
            <source>Undo {pid}</source>
            <translation>Deshacer {pid}</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Mantenerlo</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting…</source>
            <translation>
                <numerusform>%n en espera…</numerusform>
                <numerusform>%n en espera…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScanPipeline</name>
        <message>
            <source>pick {n} of {count}</source>
            <extracomment>How many matches a look-up by order or tracking number asks for. The status of a cancelled return (it stays so: a scan never changes it). Scan results kept for undo and the recent list. Scans checked at once (their reads of REVER overlap). Four keep pace with a parcel every 2 s while REVER takes up to ~8 s a read (bench/scan_slow.py), and stay a small load on REVER and on a Wi-Fi that struggles. The return it is about, as far as known when it starts (else its read). The scan started just before it (until this one is told): its change is written first, its result told first. Its change is durable in the outbox, or it makes none: the next may write. Its final outcome was told: it is over. It holds one of the CHECKS_AT_ONCE places until decided. Where each status scan is written the moment it is accepted (None: memory only). The Storefront API, when the station has one: an order number that neither the list nor REVER's search knows is looked up there last. A cancelled return is not set to another status by a scan: the lead decides. The returns list the station holds: a scan is looked for there first (no network). The station's scan settings in force (read when a scan needs them): what a CANCELED or ERROR scan leaves selected after it. The latest status scan that matched several returns, until one is chosen (a digit in the pick list, or a second scan of the same parcel) or another parcel is scanned. A scan was queued, became final, or was settled later by the outbox (the same object each time, updated in place). The pipeline changed the scan action by itself (back to the default after a one-scan action). Queued scans (and undos) by their outbox entry, until REVER settles them. A scan the worker took from the queue and has not started yet (it waits for a place, or for an earlier scan of its return, or for every scan before an undo). Scans started and not told yet, by their seq (in scan order), and the latest. The newest scan whose check has begun: a pick list is kept for the scan after it only if no other parcel was scanned since. The journal row of the scan being accepted again at a start (see recover). Journal writes under way, by scan seq (each done within one group commit).</extracomment>
            <translation>elegida {n} de {count}</translation>
        </message>
        <message>
            <source>Scanned at {when}, before the station stopped: too long ago to apply now. Check the parcel's return.</source>
            <translation>Escaneado a las {when}, antes de que el puesto se detuviera: hace demasiado para aplicarlo ahora. Revise la devolución del paquete.</translation>
        </message>
        <message>
            <source>Something went wrong inside the station ({kind}).</source>
            <translation>Algo ha fallado dentro del puesto ({kind}).</translation>
        </message>
    </context>
    <context>
        <name>ScanResolution</name>
        <message>
            <source>process id</source>
            <extracomment>Longer reads are not resolved at all: every step below stays bounded (the contract's ids are at most this long, and no carrier barcode is longer). Keys tried per scan, at most: a read yields a handful; more would only be guesses. Searches REVER is asked per scan, at most (each one is a request while the parcel waits). Matches kept for a pick list. AIM symbology identifiers that say the data is GS1 (GS1-128, DataMatrix, QR, DataBar, DotCode). Separators a scanner sends for FNC1 / between MaxiCode fields. Application identifiers whose value may be what a carrier tracks a parcel by.</extracomment>
            <translation>id de proceso</translation>
        </message>
        <message>
            <source>tracking</source>
            <translation>seguimiento</translation>
        </message>
        <message>
            <source>order</source>
            <translation>pedido</translation>
        </message>
        <message>
            <source>order id</source>
            <translation>id de pedido</translation>
        </message>
        <message>
            <source>REVER, process id {id}</source>
            <extracomment>What a read sent to REVER as a process id nobody knows must look like (see :func:`may_be_process_id`): an identifier of letters and digits, not a word, a number, a symbol or text in another script. "list" (the station's returns list), "REVER" or "Storefront".</extracomment>
            <translation>REVER, id de proceso {id}</translation>
        </message>
        <message>
            <source>Storefront (no answer)</source>
            <translation>Storefront (sin respuesta)</translation>
        </message>
        <message>
            <source>{field} {key} → {id}</source>
            <extracomment>Set when the operator chose from a pick list, or a second scan narrowed it.</extracomment>
            <translation>{field} {key} → {id}</translation>
        </message>
        <message>
            <source>the station's list (process id, tracking, order)</source>
            <translation>la lista del puesto (id de proceso, seguimiento, pedido)</translation>
        </message>
        <message>
            <source>REVER search {key}</source>
            <translation>búsqueda en REVER {key}</translation>
        </message>
        <message>
            <source>Storefront order {key}</source>
            <translation>pedido en Storefront {key}</translation>
        </message>
        <message>
            <source>second scan</source>
            <translation>segundo escaneo</translation>
        </message>
    </context>
    <context>
        <name>SettingsCli</name>
        <message numerus="yes">
            <source>Imported: %n setting(s) changed in {path}.</source>
            <translation>
                <numerusform>Importado: %n ajuste cambiado desde {path}.</numerusform>
                <numerusform>Importado: %n ajustes cambiados desde {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Station settings</source>
            <extracomment>Offered as a starting point: the sandbox's (and REVER's demo) process ids. The environment variables that win over what Settings saves, for this run.</extracomment>
            <translation>Configuración del puesto</translation>
        </message>
        <message>
            <source>Set for this run by the environment (wins over what you save here): {names}</source>
            <translation>Fijado para esta ejecución por el entorno (prevalece sobre lo que guarde aquí): {names}</translation>
        </message>
        <message>
            <source>e.g. {pattern} (empty: anything)</source>
            <translation>p. ej. {pattern} (vacío: cualquiera)</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>Consultar</translation>
        </message>
        <message>
            <source>go back to the default action</source>
            <translation>volver a la acción por defecto</translation>
        </message>
        <message>
            <source>stay, and ask before each scan</source>
            <translation>mantenerla y preguntar antes de cada escaneo</translation>
        </message>
        <message>
            <source>scan here to try the clean-up</source>
            <translation>escanee aquí para probar la limpieza</translation>
        </message>
        <message>
            <source>Play a sound after every scan</source>
            <translation>Reproducir un sonido tras cada escaneo</translation>
        </message>
        <message>
            <source>This computer cannot play sounds now ({why}).</source>
            <translation>Este ordenador no puede reproducir sonidos ahora ({why}).</translation>
        </message>
        <message>
            <source>Computer's language</source>
            <translation>Idioma del ordenador</translation>
        </message>
        <message>
            <source>at midnight</source>
            <translation>a medianoche</translation>
        </message>
        <message>
            <source>when an operator signs in</source>
            <translation>cuando un operario inicia sesión</translation>
        </message>
        <message>
            <source>This warehouse (the address on logistic orders)</source>
            <translation>Este almacén (la dirección de las órdenes logísticas)</translation>
        </message>
        <message>
            <source>Type the API address too: Save stores the key for that address.</source>
            <extracomment>The e-commerce the built-in sandbox uses when none is set (backend.open_backend).</extracomment>
            <translation>Escriba también la dirección de la API: Guardar almacena la clave para esa dirección.</translation>
        </message>
        <message>
            <source>Save replaces the key stored for this address with the one typed.</source>
            <translation>Guardar sustituye la clave almacenada para esta dirección por la escrita.</translation>
        </message>
        <message>
            <source>Save stores the key typed in this computer's credential store, for this address.</source>
            <translation>Guardar almacena la clave escrita en el almacén de credenciales de este equipo, para esta dirección.</translation>
        </message>
        <message>
            <source>Set by REVDESK_API_KEY in the environment (a key typed here is stored, but the environment's is used).</source>
            <translation>Definida por REVDESK_API_KEY en el entorno (una clave escrita aquí se guarda, pero se usa la del entorno).</translation>
        </message>
        <message>
            <source>A key is stored in this computer's credential store — leave empty to keep it.</source>
            <translation>Hay una clave guardada en el almacén de credenciales de este ordenador — déjelo vacío para conservarla.</translation>
        </message>
        <message>
            <source>No key set — the station uses the built-in sandbox.</source>
            <translation>Sin clave — el puesto usa el entorno de pruebas integrado.</translation>
        </message>
        <message>
            <source>No key is stored for this address — type it here.</source>
            <translation>No hay clave guardada para esta dirección — escríbala aquí.</translation>
        </message>
        <message>
            <source>Set by REVDESK_MERCHANT_KEY in the environment.</source>
            <translation>Definida por REVDESK_MERCHANT_KEY en el entorno.</translation>
        </message>
        <message>
            <source>No merchant platform set — not used.</source>
            <translation>Sin plataforma del comercio — no se usa.</translation>
        </message>
        <message>
            <source>Connection to REVER</source>
            <translation>Conexión con REVER</translation>
        </message>
        <message>
            <source>empty: {name}</source>
            <translation>vacío: {name}</translation>
        </message>
        <message>
            <source>More REVER accounts…</source>
            <translation>Más cuentas de REVER…</translation>
        </message>
        <message>
            <source>A group is the id REVER gives a company with several shops (brands): set it instead of an e-commerce id to work with all of them.</source>
            <translation>Un grupo es el id que REVER da a una empresa con varias tiendas (marcas): indíquelo en lugar de un id de e-commerce para trabajar con todas.</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>Pro&amp;bar conexión</translation>
        </message>
        <message>
            <source>API &amp;address:</source>
            <translation>&amp;Dirección de la API:</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>&amp;Clave de API:</translation>
        </message>
        <message>
            <source>Account name:</source>
            <translation>Nombre de la cuenta:</translation>
        </message>
        <message>
            <source>&amp;E-commerce id:</source>
            <translation>Id de &amp;e-commerce:</translation>
        </message>
        <message>
            <source>E-commerce &amp;group:</source>
            <translation>&amp;Grupo de e-commerce:</translation>
        </message>
        <message>
            <source>leave empty to keep the stored key</source>
            <translation>déjelo vacío para conservar la clave guardada</translation>
        </message>
        <message>
            <source>{name} (from {variable})</source>
            <translation>{name} (de {variable})</translation>
        </message>
        <message>
            <source>{name} (sandbox default)</source>
            <translation>{name} (por defecto, pruebas)</translation>
        </message>
        <message>
            <source>your shop's id at REVER</source>
            <translation>el id de su tienda en REVER</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Probando…</translation>
        </message>
        <message>
            <source>The test itself failed ({error}); the details are in the log.</source>
            <translation>La propia prueba falló ({error}); los detalles están en el registro.</translation>
        </message>
        <message>
            <source>Other platforms</source>
            <translation>Otras plataformas</translation>
        </message>
        <message>
            <source>empty: order numbers are not looked up there</source>
            <translation>vacío: los números de pedido no se consultan allí</translation>
        </message>
        <message>
            <source>empty: not used</source>
            <translation>vacío: no se usa</translation>
        </message>
        <message>
            <source>empty: the slip's code carries the return and its token alone</source>
            <translation>vacío: el código del resguardo lleva solo la devolución y su token</translation>
        </message>
        <message>
            <source>Where a walk-in customer finishes a return started at the desk: the slip's QR code opens it with the return and the customer's token.</source>
            <translation>Donde el cliente termina una devolución iniciada en el mostrador: el código QR del resguardo la abre con la devolución y el token del cliente.</translation>
        </message>
        <message>
            <source>Re&amp;vers.io accounts…</source>
            <translation>Cuentas de Re&amp;vers.io…</translation>
        </message>
        <message>
            <source>Storefront API:</source>
            <translation>API de Storefront:</translation>
        </message>
        <message>
            <source>Merchant platform:</source>
            <translation>Plataforma del comercio:</translation>
        </message>
        <message>
            <source>Merchant key:</source>
            <translation>Clave del comercio:</translation>
        </message>
        <message>
            <source>Returns page:</source>
            <translation>Página de devoluciones:</translation>
        </message>
        <message>
            <source>Revers.io:</source>
            <translation>Revers.io:</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Station &amp;name:</source>
            <translation>&amp;Nombre del puesto:</translation>
        </message>
        <message>
            <source>&amp;Operator:</source>
            <translation>&amp;Operario:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Idio&amp;ma:</translation>
        </message>
        <message>
            <source>A shift starts:</source>
            <translation>Un turno empieza:</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Escáner</translation>
        </message>
        <message>
            <source>Strip &amp;prefix:</source>
            <translation>Quitar &amp;prefijo:</translation>
        </message>
        <message>
            <source>Strip s&amp;uffix:</source>
            <translation>Quitar &amp;sufijo:</translation>
        </message>
        <message>
            <source>Process id &amp;pattern (regex):</source>
            <translation>Pa&amp;trón del id de proceso (regex):</translation>
        </message>
        <message>
            <source>&amp;Default scan action:</source>
            <translation>&amp;Acción de escaneo por defecto:</translation>
        </message>
        <message>
            <source>After a CANCELED or ERROR scan:</source>
            <translation>Tras un escaneo CANCELED o ERROR:</translation>
        </message>
        <message>
            <source>&amp;Try:</source>
            <translation>P&amp;robar:</translation>
        </message>
        <message>
            <source>The pattern is not valid: {error}</source>
            <translation>El patrón no es válido: {error}</translation>
        </message>
        <message>
            <source>✔ process id “{pid}”</source>
            <translation>✔ id de proceso «{pid}»</translation>
        </message>
        <message>
            <source>✖ not a process id (“{raw}”)</source>
            <translation>✖ no es un id de proceso («{raw}»)</translation>
        </message>
        <message>
            <source>Storefront API</source>
            <translation>API de Storefront</translation>
        </message>
        <message>
            <source>merchant platform</source>
            <translation>plataforma del comercio</translation>
        </message>
        <message>
            <source>returns page</source>
            <translation>página de devoluciones</translation>
        </message>
        <message>
            <source>{what}: {why}</source>
            <translation>{what}: {why}</translation>
        </message>
        <message>
            <source>Set the API address before the key.</source>
            <translation>Indique la dirección de la API antes que la clave.</translation>
        </message>
        <message>
            <source>Set the merchant platform's address before its key.</source>
            <translation>Indique la dirección de la plataforma del comercio antes que su clave.</translation>
        </message>
        <message>
            <source>revdesk settings (*.json)</source>
            <extracomment>The changes listed in the confirmation at most; the rest are counted.</extracomment>
            <translation>ajustes de revdesk (*.json)</translation>
        </message>
        <message>
            <source>E&amp;xport settings…</source>
            <translation>E&amp;xportar configuración…</translation>
        </message>
        <message>
            <source>Save the settings stations share to a file, for other stations: no key, no station name, operator or printer</source>
            <translation>Guardar en un archivo la configuración que comparten los puestos, para otros puestos: sin clave, nombre de puesto, operario ni impresora</translation>
        </message>
        <message>
            <source>&amp;Import settings…</source>
            <translation>&amp;Importar configuración…</translation>
        </message>
        <message>
            <source>Apply a file exported on another station; this station keeps its name, operator, printers and keys</source>
            <translation>Aplicar un archivo exportado en otro puesto; este puesto conserva su nombre, operario, impresoras y claves</translation>
        </message>
        <message>
            <source>Export settings</source>
            <translation>Exportar configuración</translation>
        </message>
        <message>
            <source>Exported to {path}: no key, station name, operator or printer in it. Settings not saved yet are not in it either.</source>
            <translation>Exportado a {path}: sin clave, nombre de puesto, operario ni impresora. Tampoco incluye la configuración aún no guardada.</translation>
        </message>
        <message>
            <source>Import settings</source>
            <translation>Importar configuración</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…y %n más.</numerusform>
                <numerusform>…y %n más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Apply %n change(s) from {path}? They are saved at once, and edits not saved in this dialog are dropped.</source>
            <translation>
                <numerusform>¿Aplicar %n cambio de {path}? Se guarda al momento, y se pierden las modificaciones no guardadas en este diálogo.</numerusform>
                <numerusform>¿Aplicar %n cambios de {path}? Se guardan al momento, y se pierden las modificaciones no guardadas en este diálogo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import cancelled: nothing was changed.</source>
            <translation>Importación cancelada: no se cambió nada.</translation>
        </message>
    </context>
    <context>
        <name>SettingsStore</name>
        <message>
            <source>The settings file {file} is damaged and could not be read: every setting is back to its default (station name, API address, printers). The file as it was is kept as {kept}.</source>
            <extracomment>The one thing said about the key: that it changed (its name, never its value). What a change of these settings needs: a new connection (client, outbox, caches). The Storefront and merchant clients are made with the backend (``backend.open_backend``), so their addresses are here too. The walk-in's ``returns_portal_url`` and the Revers.io accounts need none: both are read from the settings in force at each use. False: the file could not be written; the change holds for this run only. The merchant platform's key was stored anew (its client holds the old one).</extracomment>
            <translation>El archivo de ajustes {file} está dañado y no se pudo leer: todos los ajustes vuelven a su valor por defecto (nombre del puesto, dirección de la API, impresoras). El archivo tal como estaba se guarda como {kept}.</translation>
        </message>
        <message>
            <source>{file} (not renamed: {why})</source>
            <translation>{file} (no renombrado: {why})</translation>
        </message>
        <message>
            <source>the {setting} ({why})</source>
            <translation>{setting} ({why})</translation>
        </message>
        <message>
            <source>In the settings file {file}, {parts} could not be used and was reset to the default.</source>
            <translation>En el archivo de ajustes {file}, no se pudo usar {parts} y se restableció su valor por defecto.</translation>
        </message>
        <message>
            <source>In the settings file {file}, {parts} could not be used and were reset to the default.</source>
            <translation>En el archivo de ajustes {file}, no se pudieron usar {parts} y se restablecieron sus valores por defecto.</translation>
        </message>
        <message>
            <source>Choose the printer again (Labels → Label printers…).</source>
            <translation>Elija de nuevo la impresora (Etiquetas → Impresoras de etiquetas…).</translation>
        </message>
        <message>
            <source>Every other setting is kept; the file as it was is kept as {kept}.</source>
            <translation>Todos los demás ajustes se conservan; el archivo tal como estaba se guarda como {kept}.</translation>
        </message>
        <message>
            <source>carrier-label printer</source>
            <extracomment>A top-level setting in the operator's words, for the warning that it was reset.</extracomment>
            <translation>la impresora de la etiqueta del transportista</translation>
        </message>
        <message>
            <source>intake-label printer</source>
            <translation>la impresora de la etiqueta de entrada</translation>
        </message>
        <message>
            <source>scan settings</source>
            <translation>los ajustes de escaneo</translation>
        </message>
        <message>
            <source>warehouse address</source>
            <translation>la dirección del almacén</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>la dirección de la API</translation>
        </message>
        <message>
            <source>Storefront API address</source>
            <translation>la dirección de la API de Storefront</translation>
        </message>
        <message>
            <source>returns page address</source>
            <translation>la dirección de la página de devoluciones</translation>
        </message>
        <message>
            <source>e-commerce id</source>
            <translation>el id de e-commerce</translation>
        </message>
    </context>
    <context>
        <name>SettingsTransfer</name>
        <message>
            <source>Could not write {path}: {why}.</source>
            <extracomment>Far beyond any export (about 2 kB): a bigger file is not one, and is never read whole. The station's own settings: never exported, and kept on import. A printer profile's device: this computer's. Its stock and dpi are shared. Words that mark a field as a secret: such a field is refused, never read. The settings whose text may hold control characters: a scanner's prefix or suffix (a GS, a CR) is one. Anywhere else a control character is a hostile or damaged file. Checked as Settings checks them (https, or http to this computer); the walk-in's returns page too: its address goes into every slip's QR code. Each ``rever_accounts[].api_url`` is checked the same way (:func:`plan_import`). No setting's text comes near this (an address, a pattern, a street): a longer one is not a setting someone typed.</extracomment>
            <translation>No se pudo escribir {path}: {why}.</translation>
        </message>
        <message>
            <source>Could not read {path}: {why}.</source>
            <extracomment>The file's station-own fields, ignored (this station's own values are kept). The API address changes: this station needs its key for the new one. More REVER accounts new or changed by the file: each needs its key on this station.</extracomment>
            <translation>No se pudo leer {path}: {why}.</translation>
        </message>
        <message>
            <source>{path} is not a settings export (it is not JSON text).</source>
            <translation>{path} no es una exportación de configuración (no es texto JSON).</translation>
        </message>
        <message>
            <source>{path} is not a revdesk settings export (it has no "format": "revdesk-settings").</source>
            <translation>{path} no es una exportación de configuración de revdesk (no tiene "format": "revdesk-settings").</translation>
        </message>
        <message>
            <source>{path} is a settings export of another version ({version}); this revdesk reads version {ours}.</source>
            <translation>{path} es una exportación de configuración de otra versión ({version}); este revdesk lee la versión {ours}.</translation>
        </message>
        <message>
            <source>{path} has no settings in it.</source>
            <translation>{path} no contiene ninguna configuración.</translation>
        </message>
        <message>
            <source>The file's REVER accounts cannot be used: {why} Nothing was changed.</source>
            <translation>Las cuentas de REVER del archivo no se pueden usar: {why} No se cambió nada.</translation>
        </message>
        <message>
            <source>not a setting revdesk knows</source>
            <translation>no es una opción que revdesk conozca</translation>
        </message>
        <message>
            <source>The file's setting “{name}” cannot be used: {why}. Nothing was changed.</source>
            <translation>La opción «{name}» del archivo no se puede usar: {why}. No se cambió nada.</translation>
        </message>
        <message>
            <source>The file's language “{code}” is not one revdesk has ({codes}). Nothing was changed.</source>
            <translation>El idioma «{code}» del archivo no es uno de los que tiene revdesk ({codes}). No se cambió nada.</translation>
        </message>
        <message>
            <source>The file's “{name}” cannot be used: {why} Nothing was changed.</source>
            <translation>«{name}» del archivo no se puede usar: {why} No se cambió nada.</translation>
        </message>
        <message>
            <source>{path} holds “{name}”: a key or a secret is never imported. Remove it from the file (set keys on each station). Nothing was changed.</source>
            <translation>{path} contiene «{name}»: una clave o un secreto nunca se importa. Quítelo del archivo (configure las claves en cada puesto). No se cambió nada.</translation>
        </message>
        <message>
            <source>The file's setting “{name}” is longer than {limit} characters: not a setting. Nothing was changed.</source>
            <translation>La opción «{name}» del archivo tiene más de {limit} caracteres: no es una opción. No se cambió nada.</translation>
        </message>
        <message>
            <source>The file's setting “{name}” has a control character in it. Nothing was changed.</source>
            <translation>La opción «{name}» del archivo contiene un carácter de control. No se cambió nada.</translation>
        </message>
        <message>
            <source>{path} is not a regular file: choose a file to export to.</source>
            <translation>{path} no es un archivo normal: elija un archivo al que exportar.</translation>
        </message>
        <message>
            <source>{path} is not a regular file.</source>
            <translation>{path} no es un archivo normal.</translation>
        </message>
        <message>
            <source>{path} is larger than {limit} kB: not a settings export. Nothing was changed.</source>
            <translation>{path} ocupa más de {limit} kB: no es una exportación de configuración. No se cambió nada.</translation>
        </message>
        <message>
            <source>No setting changes: the file matches this station.</source>
            <translation>Ningún cambio de configuración: el archivo coincide con este puesto.</translation>
        </message>
        <message>
            <source>Kept as this station has them: {names}.</source>
            <translation>Se mantienen como las tiene este puesto: {names}.</translation>
        </message>
        <message>
            <source>The API address changes: set this station's API key for it (keys are never imported).</source>
            <translation>La dirección de la API cambia: configure para ella la clave de API de este puesto (las claves nunca se importan).</translation>
        </message>
        <message>
            <source>Set the key of these REVER accounts on this station (keys are never imported): {names}.</source>
            <translation>Configure en este puesto la clave de estas cuentas de REVER (las claves nunca se importan): {names}.</translation>
        </message>
    </context>
    <context>
        <name>Shelf</name>
        <message>
            <source>The return is cancelled: pull the parcel back and put it aside for the lead. Retrying cannot help.</source>
            <extracomment>Refusals that sending the same change again can never turn into a success. What to do with the parcel, by kind of refusal (and "cancelled" where the list, or REVER's words, say the return is cancelled).</extracomment>
            <translation>La devolución está cancelada: retire el paquete y apártelo para el responsable. Reintentar no servirá.</translation>
        </message>
        <message>
            <source>REVER has no such return: pull the parcel back and put it aside for the lead. Retrying cannot help.</source>
            <translation>REVER no tiene esa devolución: retire el paquete y apártelo para el responsable. Reintentar no servirá.</translation>
        </message>
        <message>
            <source>REVER refused this status for the return: pull the parcel back and give it to the lead. Retrying cannot help.</source>
            <translation>REVER rechazó este estado para la devolución: retire el paquete y entrégueselo al responsable. Reintentar no servirá.</translation>
        </message>
        <message>
            <source>REVER does not take this change: pull the parcel back and give it to the lead. Retrying cannot help.</source>
            <translation>REVER no acepta este cambio: retire el paquete y entrégueselo al responsable. Reintentar no servirá.</translation>
        </message>
        <message>
            <source>The station's API key was refused: pull the parcel back and keep it by the desk; once the lead has fixed the key, retry it.</source>
            <translation>La clave de API del puesto fue rechazada: retire el paquete y déjelo junto al puesto; cuando el responsable haya corregido la clave, reinténtelo.</translation>
        </message>
        <message>
            <source>Pull the parcel back and ask the lead; retry it once the cause is fixed.</source>
            <translation>Retire el paquete y consulte al responsable; reinténtelo cuando se haya corregido la causa.</translation>
        </message>
    </context>
    <context>
        <name>ShelfBanner</name>
        <message>
            <source>See the shelf</source>
            <extracomment>Outcomes come one per change: the shelf is read again at most this often. What another process was refused shows this soon at the latest.</extracomment>
            <translation>Ver el estante</translation>
        </message>
        <message>
            <source>REVER refused {pid} — pull the parcel back; see the shelf</source>
            <translation>REVER rechazó {pid} — retire el paquete; vea el estante</translation>
        </message>
        <message>
            <source>REVER refused {pid} — pull the parcel back</source>
            <translation>REVER rechazó {pid} — retire el paquete</translation>
        </message>
        <message>
            <source>Refused: {pid}</source>
            <translation>Rechazado: {pid}</translation>
        </message>
        <message numerus="yes">
            <source>%n more on the shelf</source>
            <translation>
                <numerusform>%n más en el estante</numerusform>
                <numerusform>%n más en el estante</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShelfModel</name>
        <message>
            <source>Process</source>
            <extracomment>The ShelfItem itself, for the view and tests.</extracomment>
            <translation>Proceso</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>REVER said</source>
            <translation>REVER dijo</translation>
        </message>
        <message>
            <source>Scanned at</source>
            <translation>Escaneado a las</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
    </context>
    <context>
        <name>ShelfView</name>
        <message>
            <source>Parcels to pull back</source>
            <extracomment>Outcomes arrive one per change: the table is read again at most this often.</extracomment>
            <translation>Paquetes que retirar</translation>
        </message>
        <message>
            <source>REVER refused these scans after the station had said “queued”: the parcels went on with the received ones. Find each one and do what the last column says.</source>
            <translation>REVER rechazó estos escaneos después de que el puesto dijera «en cola»: los paquetes siguieron con los recibidos. Busque cada uno y haga lo que indica la última columna.</translation>
        </message>
        <message>
            <source>&amp;Retry selected</source>
            <translation>&amp;Reintentar los seleccionados</translation>
        </message>
        <message>
            <source>Send the selected changes again: only those a retry can help (not a cancelled or unknown return)</source>
            <translation>Volver a enviar los cambios seleccionados: solo los que un reintento puede arreglar (no una devolución cancelada o desconocida)</translation>
        </message>
        <message>
            <source>&amp;Pulled back</source>
            <translation>&amp;Marcar como retirados</translation>
        </message>
        <message>
            <source>The selected parcels were pulled back: take them off the shelf (their refused change is dropped; the history keeps a record of each)</source>
            <translation>Los paquetes seleccionados se retiraron: quítelos del estante (se descarta su cambio rechazado; el historial guarda constancia de cada uno)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message numerus="yes">
            <source>%n parcel(s) to pull back</source>
            <translation>
                <numerusform>%n paquete que retirar</numerusform>
                <numerusform>%n paquetes que retirar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) will be sent again.</source>
            <translation>
                <numerusform>%n cambio se enviará de nuevo.</numerusform>
                <numerusform>%n cambios se enviarán de nuevo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot succeed by retrying: see what to do.</source>
            <translation>
                <numerusform>%n no se resolverá reintentando: vea qué hacer.</numerusform>
                <numerusform>%n no se resolverán reintentando: vea qué hacer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parcel(s) taken off the shelf.</source>
            <translation>
                <numerusform>%n paquete retirado del estante.</numerusform>
                <numerusform>%n paquetes retirados del estante.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to pull back.</source>
            <translation>Nada que retirar.</translation>
        </message>
    </context>
    <context>
        <name>ShiftActions</name>
        <message>
            <source>Sign &amp;in as operator…</source>
            <extracomment>Neither is taken by QLineEdit (the scan box has the focus all day), unlike Ctrl+U or Ctrl+K, which it keeps for itself on Linux. Given by the window: prints again the label of a history print event.</extracomment>
            <translation>&amp;Iniciar sesión como operario…</translation>
        </message>
        <message>
            <source>&amp;Outbox: changes not sent yet…</source>
            <translation>&amp;Bandeja de salida: cambios sin enviar…</translation>
        </message>
        <message>
            <source>Parcels to &amp;pull back…</source>
            <translation>Paquetes que &amp;retirar…</translation>
        </message>
        <message>
            <source>&amp;History and shift summary…</source>
            <extracomment>The red strip while parcels wait to be pulled back.</extracomment>
            <translation>&amp;Historial y resumen del turno…</translation>
        </message>
        <message>
            <source>Shi&amp;ft</source>
            <extracomment>"Scanned this shift", kept true to the audit log.</extracomment>
            <translation>&amp;Turno</translation>
        </message>
        <message>
            <source>Signed in as {name} for now; not saved for the next start: {why}</source>
            <translation>Sesión iniciada como {name} por ahora; no se guardó para el próximo inicio: {why}</translation>
        </message>
        <message>
            <source>Signed in as {name}.</source>
            <translation>Sesión iniciada como {name}.</translation>
        </message>
    </context>
    <context>
        <name>ShiftCountLabel</name>
        <message numerus="yes">
            <source>Scanned this shift: %n</source>
            <extracomment>Outcomes come one per change (a thousand in a flush): the count is read again at most this often. What another process on the data folder delivered (``revdesk outbox flush``) and the shift that starts at midnight are seen this often at the latest.</extracomment>
            <translation>
                <numerusform>Escaneados en el turno: %n</numerusform>
                <numerusform>Escaneados en el turno: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcels whose scan REVER confirmed since the shift started, undone ones excluded (the shift summary in Shift → History says the same).</source>
            <translation>Paquetes cuyo escaneo confirmó REVER desde que empezó el turno, sin los deshechos (el resumen en Turno → Historial dice lo mismo).</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tecla</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Qué hace</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Who is working at this station?</source>
            <translation>¿Quién trabaja en este puesto?</translation>
        </message>
        <message>
            <source>Your name (recorded with everything done at this station from now on):</source>
            <translation>Su nombre (se registra con todo lo que se haga en este puesto a partir de ahora):</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>“{text}” is a parcel's barcode, not a name: nobody was signed in. Type your name:</source>
            <translation>«{text}» es el código de barras de un paquete, no un nombre: nadie inició sesión. Escriba su nombre:</translation>
        </message>
    </context>
    <context>
        <name>StationActions</name>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>&amp;Mute sounds</source>
            <translation>&amp;Silenciar sonidos</translation>
        </message>
        <message>
            <source>Reset the shift &amp;counter</source>
            <translation>Reiniciar el contador del &amp;turno</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;About revdesk</source>
            <translation>&amp;Acerca de revdesk</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>&amp;Revers.io…</source>
            <translation>&amp;Revers.io…</translation>
        </message>
        <message>
            <source>&amp;Station</source>
            <translation>&amp;Puesto</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
    </context>
    <context>
        <name>StationCore</name>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} y %n más</numerusform>
                <numerusform>{names} y %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n scan(s) made before the station stopped unexpectedly could not be applied: {names}. Check these parcels (History shows why).</source>
            <translation>
                <numerusform>%n escaneo hecho antes de que el puesto se detuviera inesperadamente no se pudo aplicar: {names}. Revise estos paquetes (el Historial indica por qué).</numerusform>
                <numerusform>%n escaneos hechos antes de que el puesto se detuviera inesperadamente no se pudieron aplicar: {names}. Revise estos paquetes (el Historial indica por qué).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StationHeader</name>
        <message>
            <source>SANDBOX — practice data. Nothing you scan here changes a real return in REVER.</source>
            <extracomment>The queued/failed counter was clicked: show the outbox. The operator name was clicked: the next operator signs in.</extracomment>
            <translation>PRUEBAS — datos de práctica. Nada de lo que escanee aquí cambia una devolución real en REVER.</translation>
        </message>
        <message>
            <source>SANDBOX — practice data: nothing here changes REVER.</source>
            <translation>PRUEBAS — datos de práctica: nada de aquí cambia REVER.</translation>
        </message>
        <message>
            <source>SANDBOX — practice data</source>
            <translation>PRUEBAS — datos de práctica</translation>
        </message>
        <message>
            <source>SANDBOX</source>
            <translation>PRUEBAS</translation>
        </message>
        <message>
            <source>Click to sign in with your name</source>
            <translation>Pulse para iniciar sesión con su nombre</translation>
        </message>
        <message>
            <source>Click to see the changes waiting to be sent</source>
            <translation>Pulse para ver los cambios pendientes de enviar</translation>
        </message>
        <message>
            <source>no e-commerce set</source>
            <translation>sin e-commerce</translation>
        </message>
        <message>
            <source>station {name}</source>
            <translation>puesto {name}</translation>
        </message>
        <message>
            <source>operator {name}</source>
            <translation>operario {name}</translation>
        </message>
        <message>
            <source>no operator: click to sign in</source>
            <translation>sin operario: pulse para iniciar sesión</translation>
        </message>
        <message>
            <source>sign in</source>
            <translation>iniciar sesión</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>conectando…</translation>
        </message>
        <message>
            <source>online</source>
            <translation>en línea</translation>
        </message>
        <message>
            <source>OFFLINE</source>
            <translation>SIN CONEXIÓN</translation>
        </message>
        <message>
            <source>API KEY REFUSED</source>
            <translation>CLAVE DE API RECHAZADA</translation>
        </message>
        <message>
            <source>NOT CONFIGURED</source>
            <translation>SIN CONFIGURAR</translation>
        </message>
        <message>
            <source>REVER'S CERTIFICATE IS NOT VALID</source>
            <translation>EL CERTIFICADO DE REVER NO ES VÁLIDO</translation>
        </message>
        <message numerus="yes">
            <source>%n queued</source>
            <translation>
                <numerusform>%n en cola</numerusform>
                <numerusform>%n en cola</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n rechazado</numerusform>
                <numerusform>%n rechazados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StationStatus</name>
        <message>
            <source>Send queued changes now</source>
            <extracomment>"Send queued changes now" (Ctrl+Shift+O), whatever the backoff says.</extracomment>
            <translation>Enviar ahora los cambios en cola</translation>
        </message>
        <message>
            <source>Connection check</source>
            <translation>Comprobación de la conexión</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Not sent: no process id was given.</source>
            <translation>No enviado: no se indicó ningún id de proceso.</translation>
        </message>
        <message>
            <source>Not sent: “{id}” is not a process id (it has spaces).</source>
            <translation>No enviado: «{id}» no es un id de proceso (tiene espacios).</translation>
        </message>
        <message>
            <source>Not sent: “{id}” ({length} characters) is not a process id: an id has at most {limit} characters.</source>
            <translation>No enviado: «{id}» ({length} caracteres) no es un id de proceso: un id tiene como máximo {limit} caracteres.</translation>
        </message>
        <message>
            <source>Not sent: “{id}” is not a process id (it has control characters).</source>
            <translation>No enviado: «{id}» no es un id de proceso (tiene caracteres de control).</translation>
        </message>
        <message>
            <source>Not sent: “{id}” is not a process id.</source>
            <translation>No enviado: «{id}» no es un id de proceso.</translation>
        </message>
        <message>
            <source>at the terminal</source>
            <extracomment>Who made a change, as the operator reads it after "set to ERROR ...".</extracomment>
            <translation>desde la terminal</translation>
        </message>
        <message>
            <source>in the return's detail</source>
            <translation>en el detalle de la devolución</translation>
        </message>
        <message>
            <source>by a bulk change</source>
            <translation>por un cambio en lote</translation>
        </message>
        <message>
            <source>by a later scan</source>
            <translation>por un escaneo posterior</translation>
        </message>
        <message>
            <source>by an undo</source>
            <translation>al deshacer</translation>
        </message>
        <message>
            <source>by {source}</source>
            <translation>por {source}</translation>
        </message>
        <message>
            <source>elsewhere</source>
            <translation>desde otro lugar</translation>
        </message>
        <message>
            <source>{id} was set to {status} {where} after this scan: not changed</source>
            <translation>{id} pasó a {status} {where} después de este escaneo: sin cambios</translation>
        </message>
        <message>
            <source>Not sent: {status} is not a shipping status.</source>
            <extracomment>True when the sender queues changes it cannot send now (the outbox). Every change attempt, successful or not (the list updates its rows from it).</extracomment>
            <translation>No enviado: {status} no es un estado de envío.</translation>
        </message>
    </context>
    <context>
        <name>SummaryModel</name>
        <message>
            <source>Hour</source>
            <translation>Hora</translation>
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
            <translation>contiene un carácter de control</translation>
        </message>
        <message>
            <source>it has a space in it</source>
            <translation>contiene un espacio</translation>
        </message>
        <message>
            <source>its port is not a number from 1 to 65535</source>
            <translation>su puerto no es un número de 1 a 65535</translation>
        </message>
        <message>
            <source>it cannot be read as an address</source>
            <translation>no se puede leer como dirección</translation>
        </message>
        <message>
            <source>it cannot be read as an address ({reason})</source>
            <translation>no se puede leer como dirección ({reason})</translation>
        </message>
        <message>
            <source>The API address “{address}” is not a valid address: {why}. Fix it in the station settings or in REVDESK_API_URL.</source>
            <translation>La dirección de la API «{address}» no es una dirección válida: {why}. Corríjala en la configuración del puesto o en REVDESK_API_URL.</translation>
        </message>
        <message>
            <source>it is a relative address, not a web address</source>
            <translation>es una dirección relativa, no una dirección web</translation>
        </message>
        <message>
            <source>it is a {scheme}: address, not a web address</source>
            <translation>es una dirección {scheme}:, no una dirección web</translation>
        </message>
        <message>
            <source>it names no host</source>
            <translation>no indica ningún host</translation>
        </message>
        <message>
            <source>it is a link-local address, never a label host</source>
            <translation>es una dirección de enlace local, nunca un host de etiquetas</translation>
        </message>
        <message>
            <source>it is not the address of a web server</source>
            <translation>no es la dirección de un servidor web</translation>
        </message>
        <message>
            <source>labels are downloaded over https only (plain http only from this computer)</source>
            <translation>las etiquetas se descargan solo por https (http solo desde este ordenador)</translation>
        </message>
        <message>
            <source>a control character (such as a line break, a tab or an escape)</source>
            <translation>un carácter de control (como un salto de línea, un tabulador o un escape)</translation>
        </message>
        <message>
            <source>a character that is not plain ASCII (such as é or an invisible mark)</source>
            <translation>un carácter que no es ASCII simple (como é o una marca invisible)</translation>
        </message>
        <message>
            <source>The API key in {where} has {why} in it, so it cannot be a REVER key. Paste the key again, without anything around it.</source>
            <translation>La clave de API en {where} contiene {why}, así que no puede ser una clave de REVER. Vuelva a pegar la clave, sin nada alrededor.</translation>
        </message>
        <message>
            <source>REVER does not take this request at this address. Nothing was changed.</source>
            <extracomment>A key at least this long is blanked wherever it appears. A shorter one only where it stands alone: blanked inside words, a one-letter key would turn "Check the network" into "Chec*** the networ***". REVER's Retry-After, when the station waits across calls (the outbox, a bulk change), is honoured between these: a larger one is capped (a scan is never parked for days), a smaller one raised (a few seconds, as REVER's documents ask).</extracomment>
            <translation>REVER no acepta esta solicitud en esta dirección. No se cambió nada.</translation>
        </message>
        <message>
            <source>REVER does not offer this request (it answered "not implemented"). Nothing was changed.</source>
            <translation>REVER no ofrece esta solicitud (respondió «not implemented»). No se cambió nada.</translation>
        </message>
        <message>
            <source>REVER refused this request: {message}</source>
            <translation>REVER rechazó esta solicitud: {message}</translation>
        </message>
        <message>
            <source>REVER refused this request (HTTP {status}).</source>
            <translation>REVER rechazó esta solicitud (HTTP {status}).</translation>
        </message>
        <message>
            <source>the station's settings</source>
            <translation>la configuración del puesto</translation>
        </message>
        <message>
            <source>REVER gave a label address the station cannot read.</source>
            <translation>REVER dio una dirección de etiqueta que el puesto no puede leer.</translation>
        </message>
        <message>
            <source>The label's address {address} has a certificate that is not valid ({reason}). The label was not downloaded.</source>
            <translation>La dirección de la etiqueta {address} tiene un certificado que no es válido ({reason}). No se descargó la etiqueta.</translation>
        </message>
        <message>
            <source>The label's address {address} redirected to an address that is not valid. The label was not downloaded.</source>
            <translation>La dirección de la etiqueta {address} redirigió a una dirección que no es válida. No se descargó la etiqueta.</translation>
        </message>
        <message>
            <source>The label's address {address} redirected more than {limit} times; the station stopped there. The label was not downloaded.</source>
            <translation>La dirección de la etiqueta {address} redirigió más de {limit} veces; el puesto se detuvo ahí. No se descargó la etiqueta.</translation>
        </message>
        <message>
            <source>REVER gave the label's address as {address}, which the station does not download from: {why}.</source>
            <translation>REVER dio como dirección de la etiqueta {address}, desde la que el puesto no descarga: {why}.</translation>
        </message>
        <message>
            <source>The label's address {address} redirected to {target}, which the station does not download from: {why}.</source>
            <translation>La dirección de la etiqueta {address} redirigió a {target}, desde la que el puesto no descarga: {why}.</translation>
        </message>
    </context>
    <context>
        <name>Walkin</name>
        <message>
            <source>Type the e-mail address the customer ordered with.</source>
            <extracomment>Longest e-mail address (RFC 5321's path limit) and order number the form takes. Items listed on the slip; more are counted. [gRPC 9 FAILED_PRECONDITION] the sandbox's refusal of an e-mail that is not the order's [sandbox assumption]: the document names no refusal. "2 × Linen shirt (M) · SKU-1": the order's items as the answer listed them. The customer's secret for finishing the return: only for the QR code.</extracomment>
            <translation>Escriba el correo con el que el cliente hizo el pedido.</translation>
        </message>
        <message>
            <source>This is not an e-mail address: check it with the customer.</source>
            <translation>Esto no es una dirección de correo: compruébela con el cliente.</translation>
        </message>
        <message>
            <source>Scan or type the order number (on the receipt or the order e-mail).</source>
            <translation>Escanee o escriba el número de pedido (en el ticket o en el correo del pedido).</translation>
        </message>
        <message>
            <source>This is not an order number: scan or type it again.</source>
            <translation>Esto no es un número de pedido: escanéelo o escríbalo de nuevo.</translation>
        </message>
        <message>
            <source>This is an e-mail address: it goes in the e-mail field.</source>
            <translation>Esto es una dirección de correo: va en el campo del correo.</translation>
        </message>
        <message>
            <source>Order {order}</source>
            <translation>Pedido {order}</translation>
        </message>
        <message>
            <source>Return {return_id}</source>
            <translation>Devolución {return_id}</translation>
        </message>
        <message>
            <source>Started {when}</source>
            <translation>Iniciada {when}</translation>
        </message>
        <message numerus="yes">
            <source>and %n more item(s)</source>
            <translation>
                <numerusform>y %n artículo más</numerusform>
                <numerusform>y %n artículos más</numerusform>
            </translation>
        </message>
        <message>
            <source>Scan this code with your phone to finish your return: choose the items and how you are refunded.</source>
            <translation>Escanee este código con su móvil para terminar su devolución: elija los artículos y cómo se le reembolsa.</translation>
        </message>
        <message>
            <source>Keep this slip: to finish your return, contact the shop's customer service with this return number; they read the code below.</source>
            <translation>Guarde este resguardo: para terminar su devolución, contacte con el servicio de atención al cliente de la tienda con este número de devolución; ellos leen el código de abajo.</translation>
        </message>
        <message>
            <source>Your return is started</source>
            <translation>Su devolución está iniciada</translation>
        </message>
        <message>
            <source>This station has no Storefront API address: walk-in returns cannot be started here. Ask the warehouse lead.</source>
            <extracomment>Each start sent is recorded there: the return started, or refused with why (the order number, never the e-mail nor the customer's token).</extracomment>
            <translation>Este puesto no tiene dirección de la API de Storefront: aquí no se pueden iniciar devoluciones en mostrador. Consulte al responsable.</translation>
        </message>
        <message>
            <source>Return {return_id} started for order {order}: give the customer the slip.</source>
            <translation>Devolución {return_id} iniciada para el pedido {order}: entregue el resguardo al cliente.</translation>
        </message>
        <message>
            <source>The shop has no order {order}: check the number on the customer's receipt or order e-mail. Nothing was started.</source>
            <translation>La tienda no tiene el pedido {order}: compruebe el número en el ticket o en el correo del pedido del cliente. No se inició nada.</translation>
        </message>
        <message>
            <source>Order {order} was not placed with {email}: ask the customer for the e-mail they ordered with. Nothing was started.</source>
            <translation>El pedido {order} no se hizo con {email}: pida al cliente el correo con el que hizo el pedido. No se inició nada.</translation>
        </message>
        <message>
            <source>The returns platform cannot be reached now: no return was confirmed. Try again in a moment.</source>
            <translation>La plataforma de devoluciones no está accesible ahora: no se confirmó ninguna devolución. Vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>The returns platform sent an answer the station cannot read: no slip can be printed. Try again, or tell the warehouse lead.</source>
            <translation>La plataforma de devoluciones envió una respuesta que el puesto no puede leer: no se puede imprimir ningún resguardo. Vuelva a intentarlo o avise al responsable.</translation>
        </message>
    </context>
    <context>
        <name>WalkinActions</name>
        <message>
            <source>&amp;Walk-in return…</source>
            <translation>Devolución en &amp;mostrador…</translation>
        </message>
        <message>
            <source>Start a return for a customer at the desk and print their slip</source>
            <translation>Iniciar la devolución de un cliente en el mostrador e imprimir su resguardo</translation>
        </message>
    </context>
    <context>
        <name>WalkinDialog</name>
        <message>
            <source>Walk-in return</source>
            <extracomment>The e-mail and order number the shown return was started with.</extracomment>
            <translation>Devolución en mostrador</translation>
        </message>
        <message>
            <source>the e-mail of the order</source>
            <translation>el correo del pedido</translation>
        </message>
        <message>
            <source>scan or type it</source>
            <translation>escanéelo o escríbalo</translation>
        </message>
        <message>
            <source>Customer's &amp;e-mail</source>
            <translation>&amp;Correo del cliente</translation>
        </message>
        <message>
            <source>&amp;Order number</source>
            <translation>Número de &amp;pedido</translation>
        </message>
        <message>
            <source>Items of the order</source>
            <translation>Artículos del pedido</translation>
        </message>
        <message>
            <source>&amp;Start return</source>
            <translation>&amp;Iniciar devolución</translation>
        </message>
        <message>
            <source>&amp;Reprint slip</source>
            <translation>&amp;Reimprimir resguardo</translation>
        </message>
        <message>
            <source>Starts a return for a customer at the desk and prints a slip with a QR code they finish it with.</source>
            <translation>Inicia la devolución de un cliente en el mostrador e imprime un resguardo con un código QR con el que la termina.</translation>
        </message>
        <message>
            <source>Starting the return…</source>
            <translation>Iniciando la devolución…</translation>
        </message>
        <message>
            <source>Return {return_id} started: printing its slip…</source>
            <translation>Devolución {return_id} iniciada: imprimiendo el resguardo…</translation>
        </message>
        <message>
            <source>Return {return_id} started, but no slip can be made for it: {why}</source>
            <translation>Devolución {return_id} iniciada, pero no se puede hacer su resguardo: {why}</translation>
        </message>
        <message>
            <source>Print slip</source>
            <extracomment>The items shown without scrolling; a longer order scrolls.</extracomment>
            <translation>Imprimir resguardo</translation>
        </message>
        <message>
            <source>Return {return_id} started: the slip was printed on {where}. Give it to the customer.</source>
            <translation>Devolución {return_id} iniciada: el resguardo se imprimió en {where}. Entrégueselo al cliente.</translation>
        </message>
        <message>
            <source>Return {return_id} started, but the slip was not printed: {why} Fix it, then Reprint slip.</source>
            <translation>Devolución {return_id} iniciada, pero el resguardo no se imprimió: {why} Corríjalo y luego pulse Reimprimir resguardo.</translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <source>The printer does not accept this label size.</source>
            <extracomment>A label within this much of the page size counts as fitting (rounding in mm sizes). The job's name in the print queue ("RP-100042 intake label"). Names of labels that were too large for the page at true size and were scaled down. What was printed, for the operator's message: the role and the returns. The printer in the operator's words ("Zebra-1"), or the files written.</extracomment>
            <translation>La impresora no acepta este tamaño de etiqueta.</translation>
        </message>
        <message>
            <source>There is nothing to print.</source>
            <translation>No hay nada que imprimir.</translation>
        </message>
        <message>
            <source>The label printer could not be started. Check that it is on and connected, or choose the label printer again.</source>
            <translation>No se pudo iniciar la impresora de etiquetas. Compruebe que está encendida y conectada, o vuelva a elegirla.</translation>
        </message>
        <message>
            <source>The label job could not be written whole (is the disk full, or the printer gone?): check what printed.</source>
            <translation>El trabajo de etiquetas no se pudo escribir entero (¿disco lleno o impresora desconectada?): revise lo impreso.</translation>
        </message>
        <message>
            <source>The label PDF does not open.</source>
            <translation>El PDF de la etiqueta no se abre.</translation>
        </message>
        <message>
            <source>The label image does not open.</source>
            <translation>La imagen de la etiqueta no se abre.</translation>
        </message>
        <message>
            <source>The label folder {folder} is not there (a drive not connected?): nothing was saved.</source>
            <translation>La carpeta de etiquetas {folder} no existe (¿unidad no conectada?): no se guardó nada.</translation>
        </message>
        <message>
            <source>The label could not be saved as {path}: the file came out incomplete (is the disk full?). Nothing was replaced.</source>
            <translation>No se pudo guardar la etiqueta como {path}: el archivo quedó incompleto (¿disco lleno?). No se sustituyó nada.</translation>
        </message>
        <message>
            <source>The label could not be saved as {path}: {why}.</source>
            <translation>No se pudo guardar la etiqueta como {path}: {why}.</translation>
        </message>
        <message>
            <source>The label file is incomplete.</source>
            <translation>El archivo de la etiqueta está incompleto.</translation>
        </message>
    </context>
</TS>
