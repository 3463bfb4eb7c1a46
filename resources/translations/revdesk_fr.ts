<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About revdesk</source>
            <translation>À propos de revdesk</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Dossier de données</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Fichier journal</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>Adresse de l'API</translation>
        </message>
        <message>
            <source>&amp;Copy diagnostics</source>
            <translation>&amp;Copier le diagnostic</translation>
        </message>
        <message>
            <source>Version, Python and Qt versions, the settings (never the API key) and the last errors of the log, to paste into a message to support.</source>
            <translation>Version, versions de Python et de Qt, les paramètres (jamais la clé API) et les dernières erreurs du journal, à coller dans un message au support.</translation>
        </message>
        <message>
            <source>revdesk — the returns-desk station for REVER</source>
            <translation>revdesk — le poste de traitement des retours pour REVER</translation>
        </message>
        <message>
            <source>the built-in sandbox (no API key set)</source>
            <translation>l'environnement d'essai intégré (aucune clé API)</translation>
        </message>
        <message>
            <source>Copied: paste it into your message to support.</source>
            <translation>Copié : collez-le dans votre message au support.</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>Two accounts are called {name}: the second is not used. Give each account its own name in the station settings.</source>
            <translation>Deux comptes s'appellent {name} : le second n'est pas utilisé. Donnez à chaque compte son propre nom dans les paramètres du poste.</translation>
        </message>
        <message>
            <source>The account {name} is the same e-commerce as {other} at the same address: it is not used.</source>
            <translation>Le compte {name} est le même e-commerce que {other} à la même adresse : il n'est pas utilisé.</translation>
        </message>
        <message>
            <source>The account {name} has no e-commerce or group: it is not used. Set one in the station settings.</source>
            <translation>Le compte {name} n'a ni e-commerce ni groupe : il n'est pas utilisé. Indiquez-en un dans les paramètres du poste.</translation>
        </message>
        <message>
            <source>The account {name} has a REVER address, but the station works on the built-in sandbox: it is not used. Set the main account's address and key first, or clear this account's address.</source>
            <translation>Le compte {name} a une adresse REVER, mais le poste travaille sur l'environnement d'essai intégré : il n'est pas utilisé. Indiquez d'abord l'adresse et la clé du compte principal, ou effacez l'adresse de ce compte.</translation>
        </message>
        <message>
            <source>The account {name} has no REVER address: it is not used. Set its address and key in the station settings.</source>
            <translation>Le compte {name} n'a pas d'adresse REVER : il n'est pas utilisé. Indiquez son adresse et sa clé dans les paramètres du poste.</translation>
        </message>
        <message>
            <source>The account {name} has no API key: it is not used. Set its key in the station settings or in {env}.</source>
            <translation>Le compte {name} n'a pas de clé API : il n'est pas utilisé. Indiquez sa clé dans les paramètres du poste ou dans {env}.</translation>
        </message>
        <message>
            <source>The account {name}'s address cannot be used: it must be an https:// address (plain http only on this computer).</source>
            <translation>L'adresse du compte {name} est inutilisable : elle doit commencer par https:// (http simple seulement sur cet ordinateur).</translation>
        </message>
        <message>
            <source>Not found in the accounts that answered; {names} could not be asked (no answer in time, or an error). Try again in a moment.</source>
            <extracomment>The shared file of which account owns which return, in the data folder. The router's own page tokens (each account's token, side by side) start so. Once one account answered a page, how long the others have before the page is given without them (their rows come with the next page). Once an account said it does not know a return, how long the others have to answer. An account's answer that only says "not this account's return". How long the owners file waits for another program's lock: not at all, nearly. Owners not seen for this long are forgotten when the file is opened. The accounts a walk of the whole list (iter_pages) could not read, each error naming its account: the rows of the others were read all the same. What the last page lacks: an account that failed or was too slow (named). process id (casefolded) -&gt; the account it was last seen under, in this process.</extracomment>
            <translation>Introuvable dans les comptes qui ont répondu ; {names} n'a pas pu être interrogé (pas de réponse à temps, ou une erreur). Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>{name}: no answer in time; its returns come with the next page.</source>
            <translation>{name} : pas de réponse à temps ; ses retours arrivent avec la page suivante.</translation>
        </message>
        <message>
            <source>Not found in the accounts that answered; {names} could not be asked: {reason}</source>
            <translation>Introuvable dans les comptes qui ont répondu ; {names} n'a pas pu être interrogé : {reason}</translation>
        </message>
    </context>
    <context>
        <name>AccountsCli</name>
        <message>
            <source>API key of {name} (empty: keep the one stored): </source>
            <translation>Clé API de {name} (vide : garder celle enregistrée) : </translation>
        </message>
        <message>
            <source>account {name} replaced</source>
            <translation>compte {name} remplacé</translation>
        </message>
        <message>
            <source>account {name} added</source>
            <translation>compte {name} ajouté</translation>
        </message>
        <message>
            <source>; its key comes from {env}</source>
            <translation> ; sa clé vient de {env}</translation>
        </message>
        <message>
            <source>; its key is in the credential store</source>
            <translation> ; sa clé est dans le coffre d'identifiants</translation>
        </message>
        <message>
            <source>no account named “{name}” (the main account is set in Settings)</source>
            <translation>pas de compte nommé « {name} » (le compte principal s'indique dans Paramètres)</translation>
        </message>
        <message>
            <source>account {name} removed; its stored key was forgotten</source>
            <translation>compte {name} supprimé ; sa clé enregistrée a été oubliée</translation>
        </message>
        <message>
            <source>account {name} removed; no stored key was deleted</source>
            <translation>compte {name} supprimé ; aucune clé enregistrée n'a été effacée</translation>
        </message>
        <message>
            <source>; its key is set by {env} in the environment: unset it there</source>
            <translation> ; sa clé est donnée par {env} dans l'environnement : retirez-la là</translation>
        </message>
        <message>
            <source>account {name} removed</source>
            <translation>compte {name} supprimé</translation>
        </message>
    </context>
    <context>
        <name>Address</name>
        <message>
            <source>a name (first or last name, or company)</source>
            <extracomment>The edits that fill each need of :func:`~revdesk.domain.logistics.missing_address_fields`.</extracomment>
            <translation>un nom (prénom ou nom, ou société)</translation>
        </message>
        <message>
            <source>the street address</source>
            <translation>l'adresse (rue)</translation>
        </message>
        <message>
            <source>the postcode</source>
            <translation>le code postal</translation>
        </message>
        <message>
            <source>the city</source>
            <translation>la ville</translation>
        </message>
        <message>
            <source>the country</source>
            <translation>le pays</translation>
        </message>
        <message>
            <source>{title}: {fields} missing.</source>
            <translation>{title} : il manque {fields}.</translation>
        </message>
        <message>
            <source>Not sent: complete the addresses first.</source>
            <translation>Non envoyé : complétez d'abord les adresses.</translation>
        </message>
        <message>
            <source>The warehouse address comes from Settings: save it there once and every order has it.</source>
            <translation>L'adresse de l'entrepôt vient des Paramètres : enregistrez-la là une fois et chaque ordre l'aura.</translation>
        </message>
    </context>
    <context>
        <name>AddressForm</name>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Société</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Address (2)</source>
            <translation>Adresse (2)</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>State / province</source>
            <translation>État / région</translation>
        </message>
        <message>
            <source>State code</source>
            <translation>Code région</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Code pays</translation>
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
            <translation>Le service REVER n'a pas pu le faire.</translation>
        </message>
        <message>
            <source>Not found: REVER does not know this return.</source>
            <extracomment>True when sending the same request again later may succeed.</extracomment>
            <translation>Introuvable : REVER ne connaît pas ce retour.</translation>
        </message>
        <message>
            <source>The API key was refused. Ask the warehouse lead to check the station settings.</source>
            <translation>La clé API a été refusée. Demandez au responsable de l'entrepôt de vérifier les paramètres du poste.</translation>
        </message>
        <message>
            <source>This API key is not allowed to do that. Ask the warehouse lead.</source>
            <translation>Cette clé API n'a pas le droit de faire cela. Demandez au responsable de l'entrepôt.</translation>
        </message>
        <message>
            <source>REVER is busy (too many requests). Wait a few seconds and try again.</source>
            <translation>REVER est occupé (trop de requêtes). Attendez quelques secondes et réessayez.</translation>
        </message>
        <message>
            <source>REVER does not offer this request (it answered "not implemented"). Nothing was changed.</source>
            <translation>REVER ne propose pas cette requête (réponse « not implemented »). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Cannot list returns: REVER did not answer the list request.</source>
            <translation>Impossible de lister les retours : REVER n'a pas répondu à la demande de liste.</translation>
        </message>
        <message>
            <source>REVER refused this request as invalid.</source>
            <translation>REVER a refusé cette requête comme non valide.</translation>
        </message>
        <message>
            <source>REVER had a problem on its side. Try again in a moment.</source>
            <translation>REVER a eu un problème de son côté. Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>No connection to REVER. Check the network; nothing was changed.</source>
            <translation>Pas de connexion à REVER. Vérifiez le réseau ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>REVER did not answer in time. Check the network and try again.</source>
            <translation>REVER n'a pas répondu à temps. Vérifiez le réseau et réessayez.</translation>
        </message>
        <message>
            <source>REVER sent an answer the station cannot read.</source>
            <translation>REVER a envoyé une réponse que le poste ne peut pas lire.</translation>
        </message>
        <message>
            <source>The file from REVER is too large to use.</source>
            <translation>Le fichier reçu de REVER est trop volumineux pour être utilisé.</translation>
        </message>
        <message>
            <source>The API address must start with https:// (plain http is only for this computer).</source>
            <translation>L'adresse de l'API doit commencer par https:// (http simple seulement pour cet ordinateur).</translation>
        </message>
        <message>
            <source>The API address is not a valid address. Fix it in the station settings.</source>
            <translation>L'adresse de l'API n'est pas une adresse valide. Corrigez-la dans les paramètres du poste.</translation>
        </message>
        <message>
            <source>REVER's certificate is not valid. Nothing was sent.</source>
            <translation>Le certificat de REVER n'est pas valide. Rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>REVER's certificate is not valid ({reason}). Nothing was sent. Check the API address; if it is right, someone may be intercepting the connection: tell IT.</source>
            <translation>Le certificat de REVER n'est pas valide ({reason}). Rien n'a été envoyé. Vérifiez l'adresse de l'API ; si elle est juste, quelqu'un intercepte peut-être la connexion : prévenez l'informatique.</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refusé</translation>
        </message>
        <message>
            <source>The label's address is not one the station downloads from.</source>
            <translation>L'adresse de l'étiquette n'est pas une de celles d'où le poste télécharge.</translation>
        </message>
        <message>
            <source>The station has no API address or key. Ask the warehouse lead to set them.</source>
            <translation>Le poste n'a ni adresse d'API ni clé. Demandez au responsable de l'entrepôt de les configurer.</translation>
        </message>
        <message>
            <source>REVER refused this change.</source>
            <extracomment>How many times (a second apart) a queued scan settled by another process is looked for in the audit log before it is shown as handled elsewhere. At the desk a request is retried briefly: an operator would rather see "not sent" in a few seconds than wait half a minute per scan. Rows a list page asks for. The embedded sandbox has no address of its own: its rows are cached under this name. What is wrong with the local files, in the operator's words: a damaged one set aside (which, where it is kept), an audit log that cannot be written. The window shows them; ``warned`` tells the ones found later. More REVER accounts that could not be opened (no key, an address refused): each said to the lead; the station works with the others. Every status scan, from its keypress until it is over or in the outbox. The returns list the station holds (the window's list shows it): scans are resolved in it before REVER is asked. What a parcel should hold, from the merchant's platform, and its pictures. Its failures are its own: they never change the connection state (REVER's). Walk-in returns, started on the Storefront API when the station has one. The shift's start and count, read from the audit log whenever asked: the header and the summary say the same, and a restart keeps both. Queued scans gone from the outbox file whose outcome the audit log does not have yet: how many times they were looked for. Applying what a killed station process left in the scan journal (started by start(); done once those scans are final).</extracomment>
            <translation>REVER a refusé cette modification.</translation>
        </message>
        <message>
            <source>REVER sent the same page twice; the list stopped there.</source>
            <extracomment>Rows read through the main page chain (searches not counted). What the last page or search lacks, each error naming its account: at a station of several accounts, one failing or slow never hides the others' rows, and the list says it (ui/process_model.py).</extracomment>
            <translation>REVER a envoyé deux fois la même page ; la liste s'est arrêtée là.</translation>
        </message>
        <message>
            <source>The station's local data cannot be used.</source>
            <extracomment>How a damaged file's kept copy is named: ``NAME.damaged-YYYYmmdd-HHMMSS``. SQLite's words for a file that is not (or no longer) a whole database.</extracomment>
            <translation>Les données locales du poste sont inutilisables.</translation>
        </message>
        <message>
            <source>Not sent: this is not a process id.</source>
            <translation>Non envoyé : ce n'est pas un identifiant de process.</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>The audit log {path} is not open.</source>
            <extracomment>A logistic order REVER creates with a provider (PUT), and a pickup request. A shift began (an operator signed in, or the lead started one by hand): the shift count is read from the log since then (see ``domain/shift.py``), so a restart keeps it. A walk-in customer's return started at the desk (Storefront), or refused with why. The audit log's file in the data dir: the window and the CLI share it. ``events(limit=NO_LIMIT)``: every matching event (SQLite reads a negative LIMIT as none). The CSV columns, in order. Comma, or semicolon for Excel where the decimal mark is a comma (most of Europe). A cell starting with one of these is a formula to Excel and LibreOffice (OWASP "CSV injection"): a process id, a name or a message from REVER must never run as one. How soon an audit log that could not be written is opened again, at the latest (each new record tries to write what waits, once the file is open). What is wrong with the file, in the operator's words; "" while it takes records.</extracomment>
            <translation>Le journal d'audit {path} n'est pas ouvert.</translation>
        </message>
        <message>
            <source>The audit log {path} is open read-only.</source>
            <extracomment>Told ``problem`` when recording starts failing, and "" when it works again.</extracomment>
            <translation>Le journal d'audit {path} est ouvert en lecture seule.</translation>
        </message>
        <message>
            <source>The audit log {path} cannot be written ({why}). Scanning goes on: what it records is kept in memory and written as soon as the file takes it again. Check the disk's free space and that this user may write the data folder.</source>
            <translation>Impossible d'écrire dans le journal d'audit {path} ({why}). Le scan continue : ce qu'il enregistre est gardé en mémoire et écrit dès que le fichier l'accepte à nouveau. Vérifiez l'espace libre du disque et que cet utilisateur peut écrire dans le dossier de données.</translation>
        </message>
    </context>
    <context>
        <name>Backend</name>
        <message>
            <source>built-in sandbox</source>
            <extracomment>The embedded sandbox answers on this in-process origin; nothing listens on a port. Returns of the sandbox's second demo e-commerce ("northwind") when more accounts are set. The Storefront API (an order number's returns): the sandbox serves it; for REVER, only when its address is set (``storefront_url``, ``REVDESK_STOREFRONT_URL``). The merchant's platform (what a parcel should hold): the sandbox serves it; else only when its address is set (``merchant_url``, ``REVDESK_MERCHANT_URL``). Why the merchant platform cannot be asked although its address is set (no key, an address the station refuses), in the lead's words; None when nothing is wrong. The more REVER accounts that could not be opened (no key, an address refused), each saying which and why in the lead's words: the station works with the others.</extracomment>
            <translation>environnement d'essai intégré</translation>
        </message>
    </context>
    <context>
        <name>BulkStatusDialog</name>
        <message numerus="yes">
            <source>Set status of %n return(s)</source>
            <translation>
                <numerusform>Statut de %n retour</numerusform>
                <numerusform>Statut de %n retours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set the shipping status of %n selected return(s) to:</source>
            <translation>
                <numerusform>Passer le statut d'expédition du retour sélectionné (%n) à :</numerusform>
                <numerusform>Passer le statut d'expédition des %n retours sélectionnés à :</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Start…</source>
            <translation>&amp;Démarrer…</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <extracomment>The question before the change (None until Start is clicked).</extracomment>
            <translation>&amp;Arrêter</translation>
        </message>
        <message>
            <source>%v of %m</source>
            <translation>%v sur %m</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Process</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>en attente</translation>
        </message>
        <message numerus="yes">
            <source>Set %n return(s) to {status}?</source>
            <translation>
                <numerusform>Passer %n retour en {status} ?</numerusform>
                <numerusform>Passer %n retours en {status} ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set the shipping status of the %n selected return(s) to {status}?</source>
            <translation>
                <numerusform>Passer le statut d'expédition du retour sélectionné (%n) à {status} ?</numerusform>
                <numerusform>Passer le statut d'expédition des %n retours sélectionnés à {status} ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set %n return(s) to {status}</source>
            <translation>
                <numerusform>Passer %n retour en {status}</numerusform>
                <numerusform>Passer %n retours en {status}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sending {status} to %n return(s)…</source>
            <translation>
                <numerusform>Envoi de {status} pour %n retour…</numerusform>
                <numerusform>Envoi de {status} pour %n retours…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Bulk status</source>
            <translation>Statut groupé</translation>
        </message>
        <message>
            <source>✔ set</source>
            <translation>✔ fait</translation>
        </message>
        <message>
            <source>⏳ queued</source>
            <translation>⏳ en attente</translation>
        </message>
        <message>
            <source>not sent (stopped)</source>
            <translation>non envoyé (arrêté)</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <source>✖ {reason}</source>
            <translation>✖ {reason}</translation>
        </message>
        <message>
            <source>Done: {done} set, {queued} queued, {failed} failed, {cancelled} not sent ({limited} times asked to slow down) in {seconds:.1f} s</source>
            <translation>Terminé : {done} faits, {queued} en attente, {failed} en échec, {cancelled} non envoyés (ralentissement demandé {limited} fois) en {seconds:.1f} s</translation>
        </message>
    </context>
    <context>
        <name>CarrierZpl</name>
        <message>
            <source>The label PDF has {count} pages: a label has at most {limit}. Is it the right file?</source>
            <extracomment>Grey levels darker than this print (0 black, 255 white): the middle, so an anti-aliased bar edge goes to whichever side covers more of its dot and bar widths are kept. Pages of a label PDF turned into labels; a carrier's label has one or two, a longer PDF is a document sent by mistake and is refused rather than printed by the metre.</extracomment>
            <translation>Le PDF de l'étiquette a {count} pages : une étiquette en a au plus {limit}. Est-ce le bon fichier ?</translation>
        </message>
    </context>
    <context>
        <name>CliFind</name>
        <message>
            <source>{text} is not an order number</source>
            <translation>{text} n'est pas un numéro de commande</translation>
        </message>
        <message>
            <source>this station has no Storefront API address (REVDESK_STOREFRONT_URL): orders cannot be looked up</source>
            <translation>ce poste n'a pas d'adresse d'API Storefront (REVDESK_STOREFRONT_URL) : impossible de rechercher les commandes</translation>
        </message>
        <message>
            <source>the Storefront API address has no order look-up (it answered "not found"): check REVDESK_STOREFRONT_URL</source>
            <translation>l'adresse de l'API Storefront ne permet pas de rechercher une commande (réponse « not found ») : vérifiez REVDESK_STOREFRONT_URL</translation>
        </message>
        <message numerus="yes">
            <source>%n return(s)</source>
            <translation>
                <numerusform>%n retour</numerusform>
                <numerusform>%n retours</numerusform>
            </translation>
        </message>
        <message>
            <source>no active return for order {order}</source>
            <translation>aucun retour actif pour la commande {order}</translation>
        </message>
    </context>
    <context>
        <name>CliWalkin</name>
        <message>
            <source>no slip was written (-o FILE.pdf writes one): the customer finishes the return with its QR code</source>
            <extracomment>What each outcome ends the command with.</extracomment>
            <translation>aucun ticket écrit (-o FICHIER.pdf en écrit un) : le client termine le retour avec son QR code</translation>
        </message>
        <message>
            <source>the return was started, but no slip can be made for it: {why}</source>
            <translation>le retour a été créé, mais aucun ticket ne peut être fait : {why}</translation>
        </message>
        <message>
            <source>slip written to {path}</source>
            <translation>ticket écrit dans {path}</translation>
        </message>
    </context>
    <context>
        <name>Config</name>
        <message>
            <source>the credential store</source>
            <extracomment>More REVER accounts one station holds at most: a desk serves a few merchants, and a read of a return no account is known to own asks each of them at once. The REVER Storefront API's base URL: an order number the list does not know is looked up there. Empty: not used (the built-in sandbox serves it anyway). The merchant's own platform (seed 004, ``GET /rever/orders/{id}``): what a parcel should hold. Empty: not used (the built-in sandbox serves it anyway). Its key, like the API key, lives in the credential store or ``REVDESK_MERCHANT_KEY``. [assumed] The merchant's returns page where a walk-in customer finishes a return started at the desk: no document gives one. The slip's QR code is this address with the return id and the customer's token (``api/routes.py`` ``PORTAL_*``). Empty: the code carries the return id and token alone and the slip says what to do. The window's language: a code of ``revdesk.i18n.LANGUAGES``; empty follows the computer. When a shift starts, for its count: at midnight ("day") or when an operator signs in ("sign_in": a night shift crosses midnight). See ``domain/shift.py``. The carrier's label and our intake label print on printers chosen apart (a laser for one, a Zebra for the other, or a folder of PDFs on a station with none). Print the intake label by itself after a confirmed IN_WAREHOUSE scan. Revers.io accounts beside the REVER one (section "Revers.io accounts" below). How the rows name the main REVER account (``api_url``, ``ecommerce_id``) when the station holds more (``rever_accounts``); empty: its e-commerce id. More REVER accounts beside the main one: their returns are listed and scanned with the main one's, each row naming its account (section "More REVER accounts" below). The credential store failures already warned of: a machine without one fails every look-up the same way, and saying it at each (the window looks keys up often) is noise.</extracomment>
            <translation>le coffre d'identifiants</translation>
        </message>
        <message>
            <source>The API key has {why} in it, so it cannot be a REVER key. Paste the key again, without anything around it. Nothing was saved.</source>
            <extracomment>``REVDESK_API_KEY__`` + the account's name in capitals, other characters as ``_``: the key of one more account for a station without a credential store (a script, a container).</extracomment>
            <translation>La clé API contient {why}, ce ne peut donc pas être une clé REVER. Collez la clé à nouveau, sans rien autour. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>This computer has no secure credential store, so the key was not saved. Set {env} in the station's environment instead.</source>
            <translation>Cet ordinateur n'a pas de coffre d'identifiants sécurisé : la clé n'a pas été enregistrée. Définissez plutôt {env} dans l'environnement du poste.</translation>
        </message>
        <message>
            <source>The merchant key has {why} in it. Paste the key again, without anything around it. Nothing was saved.</source>
            <translation>La clé marchande contient {why}. Collez la clé à nouveau, sans rien autour. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>This computer has no secure credential store, so the merchant key was not saved. Set {env} in the station's environment instead.</source>
            <translation>Cet ordinateur n'a pas de coffre d'identifiants sécurisé : la clé marchande n'a pas été enregistrée. Définissez plutôt {env} dans l'environnement du poste.</translation>
        </message>
        <message>
            <source>subscription key</source>
            <extracomment>The name of the account ``REVDESK_REVERSIO_URL`` gives, when no saved account has that URL.</extracomment>
            <translation>clé d'abonnement</translation>
        </message>
        <message>
            <source>secret</source>
            <translation>secret</translation>
        </message>
        <message>
            <source>The Revers.io {what} has {why} in it. Paste it again, without anything around it. Nothing was saved.</source>
            <translation>Le champ Revers.io « {what} » contient {why}. Collez-le à nouveau, sans rien autour. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>This computer has no secure credential store, so the Revers.io key and secret were not saved. Set {key_env} and {secret_env} in the station's environment instead.</source>
            <translation>Cet ordinateur n'a pas de coffre d'identifiants sécurisé : la clé et le secret Revers.io n'ont pas été enregistrés. Définissez plutôt {key_env} et {secret_env} dans l'environnement du poste.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionTest</name>
        <message>
            <source>No address and no key: the station uses its built-in sandbox (demo data, nothing reaches REVER). Type REVER's address and key to test them.</source>
            <extracomment>One try, soon given up: the lead is waiting at the dialog, and a retry would only hide what is wrong. Pages of the list read to count the returns a key sees; more are "at least". Answered, but no return for this e-commerce: a mistyped id looks just like this. What the lead reads beside the button: never the key.</extracomment>
            <translation>Ni adresse ni clé : le poste utilise son environnement d'essai intégré (données de démo, rien n'atteint REVER). Tapez l'adresse et la clé de REVER pour les tester.</translation>
        </message>
        <message>
            <source>No API address: type REVER's address (https://…) first.</source>
            <translation>Pas d'adresse d'API : tapez d'abord l'adresse de REVER (https://…).</translation>
        </message>
        <message>
            <source>Not https: the address must start with https:// (plain http only for this computer, 127.0.0.1 or localhost). Nothing was sent.</source>
            <translation>Pas en https : l'adresse doit commencer par https:// (http simple seulement pour cet ordinateur, 127.0.0.1 ou localhost). Rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>No API key for this address: type the key to test it.</source>
            <translation>Pas de clé API pour cette adresse : tapez la clé pour la tester.</translation>
        </message>
        <message>
            <source>the key field</source>
            <translation>le champ de la clé</translation>
        </message>
        <message numerus="yes">
            <source>OK: REVER answered; more than %n returns visible.</source>
            <translation>
                <numerusform>OK : REVER a répondu ; plus de %n retour visible.</numerusform>
                <numerusform>OK : REVER a répondu ; plus de %n retours visibles.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>OK: REVER answered; %n return(s) visible.</source>
            <translation>
                <numerusform>OK : REVER a répondu ; %n retour visible.</numerusform>
                <numerusform>OK : REVER a répondu ; %n retours visibles.</numerusform>
            </translation>
        </message>
        <message>
            <source>REVER answered, but shows no returns for e-commerce “{scope}”: check the e-commerce id or group.</source>
            <translation>REVER a répondu, mais n'affiche aucun retour pour l'e-commerce « {scope} » : vérifiez l'id ou le groupe d'e-commerce.</translation>
        </message>
        <message>
            <source>REVER answered, but shows no returns for e-commerce group “{scope}”: check the group or the e-commerce id.</source>
            <translation>REVER a répondu, mais n'affiche aucun retour pour le groupe d'e-commerce « {scope} » : vérifiez le groupe ou l'id d'e-commerce.</translation>
        </message>
        <message>
            <source>REVER answered, but shows no returns: set the e-commerce id or group of this station.</source>
            <translation>REVER a répondu, mais n'affiche aucun retour : indiquez l'id ou le groupe d'e-commerce de ce poste.</translation>
        </message>
        <message>
            <source>Bad certificate: the address answered with a certificate that is not valid ({reason}). Check the address; if it is right, someone may be intercepting the connection: tell IT.</source>
            <translation>Certificat invalide : l'adresse a répondu avec un certificat non valide ({reason}). Vérifiez l'adresse ; si elle est juste, quelqu'un intercepte peut-être la connexion : prévenez l'informatique.</translation>
        </message>
        <message>
            <source>Forbidden: REVER knows the key but it is not allowed for the e-commerce “{scope}” (HTTP 403). Check the e-commerce id or group, or ask REVER for a key that may.</source>
            <translation>Interdit : REVER connaît la clé, mais elle n'est pas autorisée pour l'e-commerce « {scope} » (HTTP 403). Vérifiez l'id ou le groupe e-commerce, ou demandez à REVER une clé autorisée.</translation>
        </message>
        <message>
            <source>Forbidden: REVER knows the key but it is not allowed to read returns (HTTP 403). Ask REVER for a key that may.</source>
            <translation>Interdit : REVER connaît la clé, mais elle n'est pas autorisée à lire les retours (HTTP 403). Demandez à REVER une clé autorisée.</translation>
        </message>
        <message>
            <source>Wrong key: REVER refused the API key (HTTP 401). Paste the key again, whole.</source>
            <translation>Clé erronée : REVER a refusé la clé API (HTTP 401). Collez de nouveau la clé, en entier.</translation>
        </message>
        <message>
            <source>Unreachable: the address did not answer in time. Check the address and the network.</source>
            <translation>Injoignable : l'adresse n'a pas répondu à temps. Vérifiez l'adresse et le réseau.</translation>
        </message>
        <message>
            <source>Unreachable: no connection to the address (refused, unknown name, or no network). Check the address and the network.</source>
            <translation>Injoignable : pas de connexion à l'adresse (refusée, nom inconnu ou pas de réseau). Vérifiez l'adresse et le réseau.</translation>
        </message>
        <message>
            <source>The address answered that it is busy (too many requests). Try again in a moment.</source>
            <translation>L'adresse a répondu qu'elle est occupée (trop de requêtes). Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>REVER answered with a problem on its side (HTTP {status}). Try again in a moment.</source>
            <translation>REVER a répondu avec un problème de son côté (HTTP {status}). Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>an answer that is not REVER's</source>
            <translation>une réponse qui n'est pas celle de REVER</translation>
        </message>
        <message>
            <source>The address answers, but not as REVER does ({how}): it may be a web page or another service. Check the API address.</source>
            <translation>L'adresse répond, mais pas comme REVER ({how}) : c'est peut-être une page web ou un autre service. Vérifiez l'adresse de l'API.</translation>
        </message>
    </context>
    <context>
        <name>Cups</name>
        <message>
            <source>no printing system (CUPS) on this computer</source>
            <extracomment>lpstat and lp answer at once from a local server; a server that is not there is waited for this long.</extracomment>
            <translation>aucun système d'impression (CUPS) sur cet ordinateur</translation>
        </message>
        <message>
            <source>the printing system does not answer ({kind})</source>
            <translation>le système d'impression ne répond pas ({kind})</translation>
        </message>
        <message>
            <source>the printing system says: {why}</source>
            <translation>le système d'impression indique : {why}</translation>
        </message>
        <message>
            <source>This computer has no printing system (CUPS): choose a folder or a ZPL printer for the labels instead.</source>
            <translation>Cet ordinateur n'a pas de système d'impression (CUPS) : choisissez plutôt un dossier ou une imprimante ZPL pour les étiquettes.</translation>
        </message>
        <message>
            <source>{queue} is not a printer name.</source>
            <translation>{queue} n'est pas un nom d'imprimante.</translation>
        </message>
        <message>
            <source>The printing system did not take the label for {queue} in {seconds} s: is it running?</source>
            <translation>Le système d'impression n'a pas pris l'étiquette pour {queue} en {seconds} s : est-il démarré ?</translation>
        </message>
        <message>
            <source>The printing system could not be started.</source>
            <translation>Impossible de démarrer le système d'impression.</translation>
        </message>
        <message>
            <source>The printer {queue} did not take the label: {reason}</source>
            <translation>L'imprimante {queue} n'a pas pris l'étiquette : {reason}</translation>
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
            <translation>Statut</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>Essais</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Queued at</source>
            <translation>En attente depuis</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>was {status}</source>
            <translation>avant : {status}</translation>
        </message>
    </context>
    <context>
        <name>ErrorPresenter</name>
        <message>
            <source>Something went wrong inside the station ({kind}). It keeps running; the details are in the log.</source>
            <translation>Une erreur s'est produite dans le poste ({kind}). Il continue de fonctionner ; les détails sont dans le journal.</translation>
        </message>
        <message>
            <source>{context}: {message}</source>
            <translation>{context} : {message}</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Une erreur s'est produite</translation>
        </message>
        <message>
            <source>revdesk — this station's data</source>
            <translation>revdesk — données de ce poste</translation>
        </message>
        <message>
            <source>revdesk — station settings</source>
            <translation>revdesk — paramètres du poste</translation>
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
                <numerusform>…et %n autre (voir le journal).</numerusform>
                <numerusform>…et %n autres (voir le journal).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventsModel</name>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Opérateur</translation>
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
            <translation>Avant → après</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Undo: sending…</source>
            <extracomment>The whole read when the words show it cut ("…"): the banner's tooltip. The most of a read the banner's words show; a longer one is cut with "…" (as domain/status.py does), its whole text in the tooltip.</extracomment>
            <translation>Annulation : envoi…</translation>
        </message>
        <message>
            <source>{pid}: sending…</source>
            <translation>{pid} : envoi…</translation>
        </message>
        <message>
            <source>Waiting for REVER's answer.</source>
            <translation>En attente de la réponse de REVER.</translation>
        </message>
        <message>
            <source>was {status}</source>
            <translation>avant : {status}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>undo of {pid} queued</source>
            <translation>annulation de {pid} en attente</translation>
        </message>
        <message>
            <source>{pid} {status} queued</source>
            <translation>{pid} {status} en attente</translation>
        </message>
        <message>
            <source>No connection: it will be sent as soon as REVER answers.</source>
            <translation>Pas de connexion : ce sera envoyé dès que REVER répondra.</translation>
        </message>
        <message>
            <source>{pid} {status} not sent</source>
            <translation>{pid} {status} non envoyé</translation>
        </message>
        <message>
            <source>A later change of this return replaced it (a later scan, the terminal or another window).</source>
            <translation>Une modification plus récente de ce retour l'a remplacé (un autre scan, le terminal ou une autre fenêtre).</translation>
        </message>
        <message>
            <source>{pid} already {status}</source>
            <translation>{pid} déjà {status}</translation>
        </message>
        <message>
            <source>nothing changed (scanned twice?)</source>
            <translation>rien n'a changé (scanné deux fois ?)</translation>
        </message>
        <message>
            <source>shown in the detail</source>
            <translation>affiché dans le détail</translation>
        </message>
        <message numerus="yes">
            <source>%n returns match “{text}”</source>
            <translation>
                <numerusform>%n retour correspond à « {text} »</numerusform>
                <numerusform>%n retours correspondent à « {text} »</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed. Press 1–{n} to choose, or scan another barcode of the parcel.</source>
            <translation>Rien n'a été modifié. Appuyez sur 1–{n} pour choisir, ou scannez un autre code-barres du colis.</translation>
        </message>
        <message>
            <source>Pick one in the list below and press Enter to open it.</source>
            <translation>Choisissez-en un dans la liste ci-dessous et appuyez sur Entrée pour l'ouvrir.</translation>
        </message>
        <message>
            <source>{pid} back to {status}</source>
            <translation>{pid} revenu à {status}</translation>
        </message>
        <message>
            <source>undo of {status}</source>
            <translation>annulation de {status}</translation>
        </message>
        <message>
            <source>Nothing undone</source>
            <translation>Rien n'a été annulé</translation>
        </message>
        <message>
            <source>The last scan ({pid}) is more than {limit} s old: press Ctrl+Z again to be asked whether to undo it.</source>
            <translation>Le dernier scan ({pid}) date de plus de {limit} s : appuyez de nouveau sur Ctrl+Z pour choisir de l'annuler.</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Rien à annuler</translation>
        </message>
        <message>
            <source>Nothing readable was scanned.</source>
            <translation>Rien de lisible n'a été scanné.</translation>
        </message>
        <message>
            <source>A process id has no spaces. Nothing was sent.</source>
            <translation>Un identifiant de process n'a pas d'espaces. Rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>Far too long for a process id. Nothing was sent.</source>
            <translation>Beaucoup trop long pour un identifiant de process. Rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>A process id has no control characters. Nothing was sent.</source>
            <translation>Un identifiant de process n'a pas de caractères de contrôle. Rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>Not in the station's list as a tracking or order number either. Scan the REVER return label. Nothing was sent.</source>
            <translation>Absent aussi de la liste du poste comme numéro de suivi ou de commande. Scannez l'étiquette retour REVER. Rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>This is not a process id</source>
            <translation>Ce n'est pas un identifiant de process</translation>
        </message>
        <message>
            <source>Unknown return {pid}</source>
            <translation>Retour inconnu {pid}</translation>
        </message>
        <message>
            <source>No return has this process id, tracking or order number</source>
            <translation>Aucun retour n'a cet identifiant, ce suivi ou ce numéro de commande</translation>
        </message>
        <message>
            <source>tried {what}</source>
            <translation>essayé : {what}</translation>
        </message>
        <message>
            <source>Put the parcel aside.</source>
            <translation>Mettez le colis de côté.</translation>
        </message>
        <message>
            <source>REVER has no return with this id. Put the parcel aside.</source>
            <translation>REVER n'a aucun retour avec cet identifiant. Mettez le colis de côté.</translation>
        </message>
        <message>
            <source>{pid} is CANCELLED</source>
            <translation>{pid} est ANNULÉ</translation>
        </message>
        <message>
            <source>not changed: put the parcel aside for the lead</source>
            <translation>non modifié : mettez le colis de côté pour le responsable</translation>
        </message>
        <message>
            <source>{pid} NOT sent</source>
            <translation>{pid} NON envoyé</translation>
        </message>
        <message>
            <source>Scan it again when the station is online.</source>
            <translation>Scannez-le à nouveau quand le poste sera en ligne.</translation>
        </message>
        <message>
            <source>{pid} not changed</source>
            <translation>{pid} non modifié</translation>
        </message>
        <message>
            <source>Sounds off: no audio device</source>
            <extracomment>How long after the window is shown the sounds are loaded. Why the sounds cannot play, in the operator's words; "" once they can again. Record what would play without touching the audio device (tests, benchmarks).</extracomment>
            <translation>Sons coupés : aucun périphérique audio</translation>
        </message>
        <message>
            <source>Sounds off: the audio device cannot play them</source>
            <translation>Sons coupés : le périphérique audio ne peut pas les lire</translation>
        </message>
    </context>
    <context>
        <name>FeedbackBanner</name>
        <message>
            <source>Undo  {keys}</source>
            <extracomment>The banner's symbol, logical pixels square: as tall as the title's capitals and more.</extracomment>
            <translation>Annuler  {keys}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Ready: scan a parcel</source>
            <translation>Prêt : scannez un colis</translation>
        </message>
        <message>
            <source>The scan box has the focus. Results appear here.</source>
            <translation>La zone de scan a le focus. Les résultats s'affichent ici.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Status change</source>
            <extracomment>The event itself, for the view and tests.</extracomment>
            <translation>Changement de statut</translation>
        </message>
        <message>
            <source>Label upload</source>
            <translation>Envoi d'étiquette</translation>
        </message>
        <message>
            <source>Logistic order</source>
            <translation>Ordre logistique</translation>
        </message>
        <message>
            <source>Pickup request</source>
            <translation>Demande d'enlèvement</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Impression</translation>
        </message>
        <message>
            <source>Setting change</source>
            <translation>Changement de paramètre</translation>
        </message>
        <message>
            <source>Walk-in return</source>
            <translation>Retour au guichet</translation>
        </message>
        <message>
            <source>Shift start</source>
            <translation>Début de service</translation>
        </message>
        <message>
            <source>scan</source>
            <extracomment>Words the station stores in the audit log, which stays in English (the CLI and every station share it, and shift.py compares what it stored): shown in the station's language. Free text (an error's message, a print's target) is shown as it was stored.</extracomment>
            <translation>scan</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>annulation</translation>
        </message>
        <message>
            <source>return's detail</source>
            <translation>détail du retour</translation>
        </message>
        <message>
            <source>bulk change</source>
            <translation>modification groupée</translation>
        </message>
        <message>
            <source>API key changed</source>
            <translation>clé API modifiée</translation>
        </message>
        <message>
            <source>the built-in sandbox</source>
            <translation>l'environnement d'essai intégré</translation>
        </message>
        <message>
            <source>started by hand</source>
            <translation>commencé à la main</translation>
        </message>
        <message>
            <source>carrier label</source>
            <translation>étiquette transporteur</translation>
        </message>
        <message>
            <source>intake label</source>
            <translation>étiquette d'entrée</translation>
        </message>
        <message>
            <source>intake label, automatic</source>
            <translation>étiquette d'entrée, automatique</translation>
        </message>
        <message>
            <source>uploaded carrier label</source>
            <translation>étiquette transporteur envoyée</translation>
        </message>
        <message>
            <source>reprint of the carrier label</source>
            <translation>réimpression de l'étiquette transporteur</translation>
        </message>
        <message>
            <source>reprint of the intake label</source>
            <translation>réimpression de l'étiquette d'entrée</translation>
        </message>
        <message>
            <source>nothing generated (provider OPS handles it outside REVER)</source>
            <translation>rien de généré (le transporteur OPS le gère hors de REVER)</translation>
        </message>
        <message>
            <source>operator signed in</source>
            <translation>connexion de l'opérateur</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>à la main</translation>
        </message>
        <message>
            <source>another backend</source>
            <translation>un autre serveur</translation>
        </message>
        <message>
            <source>backend noted</source>
            <translation>serveur noté</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>transmis</translation>
        </message>
        <message>
            <source>replaced by a later change</source>
            <translation>remplacé par une modification plus récente</translation>
        </message>
        <message>
            <source>discarded</source>
            <translation>abandonné</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>History</source>
            <extracomment>Events listed at once (the newest); the export always has every matching event. Opened from the window: the log is read once the dialog is active, or this long after it is shown when nothing activates it.</extracomment>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Reading the history…</source>
            <extracomment>Prints again the label of a print event (the label actions'), if given. Whether the log was read for the first time. Opened from the window, the reading (a second or more on a long log) waits until the dialog is up: done here, it held the loop while the window was already blocked by the dialog, and a scanner's keys sent meanwhile were addressed to that blocked window, which Qt drops (QA F20).</extracomment>
            <translation>Lecture de l'historique…</translation>
        </message>
        <message>
            <source>This shift</source>
            <translation>Ce service</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Toutes les actions</translation>
        </message>
        <message>
            <source>Every result</source>
            <translation>Tous les résultats</translation>
        </message>
        <message>
            <source>process id contains…</source>
            <translation>l'identifiant contient…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exporter en CSV…</translation>
        </message>
        <message>
            <source>Re&amp;print this label</source>
            <translation>Ré&amp;imprimer cette étiquette</translation>
        </message>
        <message>
            <source>Parcels whose scan REVER confirmed, undone ones excluded, per hour and status (the time range above applies):</source>
            <translation>Colis dont REVER a confirmé le scan, hors annulations, par heure et par statut (la période ci-dessus s'applique) :</translation>
        </message>
        <message>
            <source>&amp;Events</source>
            <translation>É&amp;vénements</translation>
        </message>
        <message>
            <source>Shift &amp;summary</source>
            <translation>&amp;Bilan du service</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Printing the label of {pid} again…</source>
            <translation>Réimpression de l'étiquette de {pid}…</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s), newest first.</source>
            <translation>
                <numerusform>%n événement, du plus récent au plus ancien.</numerusform>
                <numerusform>%n événements, du plus récent au plus ancien.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The newest %n events (narrow the filters, or export them all).</source>
            <translation>
                <numerusform>Le dernier événement (%n) (affinez les filtres, ou exportez-les tous).</numerusform>
                <numerusform>Les %n événements les plus récents (affinez les filtres, ou exportez-les tous).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parcel(s) received.</source>
            <translation>
                <numerusform>%n colis reçu.</numerusform>
                <numerusform>%n colis reçus.</numerusform>
            </translation>
        </message>
        <message>
            <source>This shift started at {time}.</source>
            <translation>Ce service a commencé à {time}.</translation>
        </message>
        <message>
            <source>This shift started on {when}.</source>
            <translation>Ce service a commencé le {when}.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) exported to {path}.</source>
            <translation>
                <numerusform>%n événement exporté dans {path}.</numerusform>
                <numerusform>%n événements exportés dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Still waiting to be sent: {pending}; refused: {failed}.</source>
            <translation>En attente d'envoi : {pending} ; refusées : {failed}.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>CSV files for Excel, semicolon-separated (*.csv)</source>
            <translation>Fichiers CSV pour Excel, séparés par des points-virgules (*.csv)</translation>
        </message>
        <message>
            <source>Export the history as CSV</source>
            <translation>Exporter l'historique en CSV</translation>
        </message>
        <message>
            <source>Not exported: {path} {why}; choose a file.</source>
            <translation>Non exporté : {path} {why} ; choisissez un fichier.</translation>
        </message>
        <message>
            <source>Not exported: {path} could not be written ({why}).</source>
            <translation>Non exporté : impossible d'écrire {path} ({why}).</translation>
        </message>
    </context>
    <context>
        <name>IntakeLabel</name>
        <message>
            <source>Labels are made for 203 or 300 dpi printers, not {dpi}.</source>
            <extracomment>4 x 6 in, portrait, in PDF points. Code 128 module width in printer dots per resolution: 0.375 mm at 203 dpi, 0.34 mm at 300. Only when the bundled font cannot be read (a damaged install): PDF's own Helvetica. Every word of the label is in the bundled DejaVu Sans (revdesk/fonts), embedded in the PDF: the same letters on every platform and printer, in any script. Helvetica is not embedded; each viewer and driver stood in its own font for it.
----------
ZPL's largest QR module (^BQ magnification 1-10). The metrics that size our text: the printer's font 0 is a Helvetica-like sans serif.</extracomment>
            <translation>Les étiquettes sont faites pour des imprimantes 203 ou 300 ppp, pas {dpi}.</translation>
        </message>
        <message>
            <source>No labels to make.</source>
            <translation>Aucune étiquette à faire.</translation>
        </message>
        <message>
            <source>{id} cannot be printed as a Code 128 barcode.</source>
            <translation>{id} ne peut pas être imprimé en code-barres Code 128.</translation>
        </message>
        <message>
            <source>The intake label for {id} could not be drawn ({kind}): nothing was printed.</source>
            <translation>L'étiquette d'entrée de {id} n'a pas pu être dessinée ({kind}) : rien n'a été imprimé.</translation>
        </message>
        <message>
            <source>The process id {id} is too long for a readable barcode on a 4x6 label.</source>
            <translation>L'identifiant {id} est trop long pour un code-barres lisible sur une étiquette 4x6.</translation>
        </message>
    </context>
    <context>
        <name>LabelActions</name>
        <message>
            <source>&amp;Print label</source>
            <extracomment>Every print, reprint and label upload is recorded here, ok or failed with why. Returns whose intake label was printed after a scan: once per parcel. Read when an action runs (``settings.current``), so a change saved in Settings is used by the next label without a restart.</extracomment>
            <translation>&amp;Imprimer l'étiquette</translation>
        </message>
        <message>
            <source>&amp;Reprint last label</source>
            <translation>Réimprimer la &amp;dernière étiquette</translation>
        </message>
        <message>
            <source>Print &amp;intake label</source>
            <translation>Imprimer l'étiquette d'&amp;entrée</translation>
        </message>
        <message>
            <source>&amp;Save label as PDF…</source>
            <translation>Enre&amp;gistrer l'étiquette en PDF…</translation>
        </message>
        <message>
            <source>Save intake label as P&amp;DF…</source>
            <translation>Enregistrer l'étiquette d'entrée en PD&amp;F…</translation>
        </message>
        <message>
            <source>&amp;Manual logistic order…</source>
            <translation>Ordre logistique &amp;manuel…</translation>
        </message>
        <message>
            <source>Create &amp;logistic order…</source>
            <translation>Créer un ordre &amp;logistique…</translation>
        </message>
        <message>
            <source>Request pic&amp;kup…</source>
            <translation>Demander un enlè&amp;vement…</translation>
        </message>
        <message>
            <source>&amp;Batch print selection</source>
            <translation>Impre&amp;ssion groupée de la sélection</translation>
        </message>
        <message>
            <source>Label print&amp;ers…</source>
            <translation>Im&amp;primantes d'étiquettes…</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Réimprimer</translation>
        </message>
        <message>
            <source>Intake label</source>
            <translation>Étiquette d'entrée</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Enregistrer PDF</translation>
        </message>
        <message>
            <source>Manual order</source>
            <translation>Ordre manuel</translation>
        </message>
        <message>
            <source>Logistic order</source>
            <translation>Ordre logistique</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>Enlèvement</translation>
        </message>
        <message>
            <source>Batch print</source>
            <translation>Impression groupée</translation>
        </message>
        <message>
            <source>Intake PDF</source>
            <translation>PDF d'entrée</translation>
        </message>
        <message>
            <source>Printers</source>
            <translation>Imprimantes</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>É&amp;tiquettes</translation>
        </message>
        <message>
            <source>Select a return first.</source>
            <translation>Sélectionnez d'abord un retour.</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Scaled down to fit the label: {names}.</source>
            <translation>Réduit pour tenir sur l'étiquette : {names}.</translation>
        </message>
        <message>
            <source>Print label</source>
            <translation>Imprimer l'étiquette</translation>
        </message>
        <message>
            <source>Reprint last</source>
            <translation>Réimprimer la dernière</translation>
        </message>
        <message>
            <source>That line of the history is not about one return.</source>
            <translation>Cette ligne de l'historique ne concerne pas un seul retour.</translation>
        </message>
        <message>
            <source>Intake label for {pid} not printed: {why}</source>
            <translation>Étiquette d'entrée de {pid} non imprimée : {why}</translation>
        </message>
        <message>
            <source>{pid}: not printed ({why})</source>
            <translation>{pid} : non imprimée ({why})</translation>
        </message>
        <message>
            <source>None of the selected returns has a label to print.</source>
            <translation>Aucun des retours sélectionnés n'a d'étiquette à imprimer.</translation>
        </message>
        <message>
            <source>Fetching and printing labels…</source>
            <translation>Récupération et impression des étiquettes…</translation>
        </message>
        <message>
            <source>Carrier labels print on {carrier}; intake labels on {intake}.</source>
            <translation>Les étiquettes transporteur s'impriment sur {carrier} ; celles d'entrée sur {intake}.</translation>
        </message>
        <message>
            <source>Save intake label as PDF</source>
            <translation>Enregistrer l'étiquette d'entrée en PDF</translation>
        </message>
        <message>
            <source>Save label as PDF</source>
            <translation>Enregistrer l'étiquette en PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Intake label for {pid}</source>
            <translation>Étiquette d'entrée de {pid}</translation>
        </message>
        <message>
            <source>Carrier label for {pid}</source>
            <translation>Étiquette transporteur de {pid}</translation>
        </message>
        <message numerus="yes">
            <source>Intake labels for %n returns</source>
            <translation>
                <numerusform>Étiquette d'entrée de %n retour</numerusform>
                <numerusform>Étiquettes d'entrée de %n retours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Carrier labels for %n returns</source>
            <translation>
                <numerusform>Étiquette transporteur de %n retour</numerusform>
                <numerusform>Étiquettes transporteur de %n retours</numerusform>
            </translation>
        </message>
        <message>
            <source>{subject} saved as {file}</source>
            <translation>{subject} : fichier enregistré sous {file}</translation>
        </message>
        <message numerus="yes">
            <source>{subject} saved in {folder} (%n files)</source>
            <translation>
                <numerusform>{subject} : %n fichier enregistré dans {folder}</numerusform>
                <numerusform>{subject} : %n fichiers enregistrés dans {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>{subject} printed on {printer}</source>
            <translation>{subject} : impression envoyée à {printer}</translation>
        </message>
    </context>
    <context>
        <name>LabelPrinter</name>
        <message>
            <source>No carrier-label printer is chosen yet (Labels → Label printers…): nothing was printed.</source>
            <translation>Aucune imprimante n'est encore choisie pour l'étiquette transporteur (Étiquettes → Imprimantes d'étiquettes…) : rien n'a été imprimé.</translation>
        </message>
        <message>
            <source>No intake-label printer is chosen yet (Labels → Label printers…): nothing was printed.</source>
            <translation>Aucune imprimante n'est encore choisie pour l'étiquette d'entrée (Étiquettes → Imprimantes d'étiquettes…) : rien n'a été imprimé.</translation>
        </message>
        <message>
            <source>There is nothing to print.</source>
            <extracomment>The last job sent to a printer (its role and labels), for "Reprint last".</extracomment>
            <translation>Il n'y a rien à imprimer.</translation>
        </message>
        <message>
            <source>Nothing has been printed yet on this station.</source>
            <translation>Rien n'a encore été imprimé sur ce poste.</translation>
        </message>
        <message>
            <source>{text} is not a printer address: the port must be a number from 1 to 65535 (a network label printer usually listens on {port}).</source>
            <extracomment>Written a piece at a time, each with the write timeout: a slow printer that keeps taking data is not cut off by a fixed limit for the whole job, a stalled one is. A ~HS answer is three lines framed STX … ETX CR LF; more than this is not one.</extracomment>
            <translation>{text} n'est pas une adresse d'imprimante : le port doit être un nombre de 1 à 65535 (une imprimante d'étiquettes réseau écoute en général sur {port}).</translation>
        </message>
        <message>
            <source>{text} is not a printer address: give the printer's IP address or network name, and its port if not {port} (e.g. 192.168.1.50:{port}).</source>
            <translation>{text} n'est pas une adresse d'imprimante : indiquez l'adresse IP ou le nom réseau de l'imprimante, et son port s'il n'est pas {port} (par ex. 192.168.1.50:{port}).</translation>
        </message>
        <message>
            <source>its print head is open</source>
            <translation>sa tête d'impression est ouverte</translation>
        </message>
        <message>
            <source>it is out of labels</source>
            <translation>elle n'a plus d'étiquettes</translation>
        </message>
        <message>
            <source>it is out of ribbon</source>
            <translation>elle n'a plus de ruban</translation>
        </message>
        <message>
            <source>it is paused</source>
            <translation>elle est en pause</translation>
        </message>
        <message>
            <source>The label printer at {where} does not answer: is it on and connected?</source>
            <translation>L'imprimante d'étiquettes {where} ne répond pas : est-elle allumée et connectée ?</translation>
        </message>
        <message>
            <source>No printer named {host} is known on this network: check the name, or give its IP address.</source>
            <translation>Aucune imprimante nommée {host} n'est connue sur ce réseau : vérifiez le nom, ou indiquez son adresse IP.</translation>
        </message>
        <message>
            <source>The label printer at {where} refused the connection: is it on, and is {port} its raw printing port?</source>
            <translation>L'imprimante d'étiquettes {where} a refusé la connexion : est-elle allumée, et {port} est-il son port d'impression brute ?</translation>
        </message>
        <message>
            <source>What answers at {where} is a web server, not a label printer's raw port: a network label printer usually takes labels on port {port}.</source>
            <translation>Ce qui répond à {where} est un serveur web, pas le port brut d'une imprimante d'étiquettes : une imprimante d'étiquettes réseau reçoit en général les étiquettes sur le port {port}.</translation>
        </message>
        <message>
            <source>The label went to the printer at {where}, but {problems}: it prints once that is fixed.</source>
            <translation>L'étiquette est partie vers l'imprimante {where}, mais {problems} : elle s'imprimera une fois le problème réglé.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <source>The label printer at {where} took the connection but not the label: is it paused, jammed or busy? The label may still print: check before sending it again.</source>
            <translation>L'imprimante d'étiquettes {where} a accepté la connexion mais pas l'étiquette : est-elle en pause, bloquée ou occupée ? L'étiquette peut encore sortir : vérifiez avant de la renvoyer.</translation>
        </message>
        <message>
            <source>The label printer at {where} dropped the connection while taking the label: check it, and whether the label printed, before sending it again.</source>
            <translation>L'imprimante d'étiquettes {where} a coupé la connexion en recevant l'étiquette : vérifiez-la, et si l'étiquette est sortie, avant de la renvoyer.</translation>
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
            <translation>image PNG</translation>
        </message>
        <message>
            <source>JPG image</source>
            <translation>image JPG</translation>
        </message>
        <message>
            <source>its header is damaged</source>
            <extracomment>Why a file of the right type does not open (:class:`BrokenLabel`'s ``why``).</extracomment>
            <translation>son en-tête est endommagé</translation>
        </message>
        <message>
            <source>it is cut short (the end of the file is missing)</source>
            <translation>il est tronqué (la fin du fichier manque)</translation>
        </message>
        <message>
            <source>its index points outside the file</source>
            <translation>son index pointe hors du fichier</translation>
        </message>
        <message>
            <source>it is damaged (no PDF reader can open it)</source>
            <translation>il est endommagé (aucun lecteur PDF ne peut l'ouvrir)</translation>
        </message>
        <message>
            <source>one of its pages is missing or damaged</source>
            <translation>une de ses pages manque ou est endommagée</translation>
        </message>
        <message>
            <source>the picture has far too many pixels</source>
            <translation>l'image a beaucoup trop de pixels</translation>
        </message>
        <message>
            <source>the picture is damaged or cut short</source>
            <translation>l'image est endommagée ou tronquée</translation>
        </message>
        <message>
            <source>it has no pages</source>
            <translation>il n'a aucune page</translation>
        </message>
        <message>
            <source>This label file cannot be used.</source>
            <extracomment>What all of a label's object streams may unpack to: a zip bomb is refused, not unpacked. A label is a few pages (a carrier label, a customs form): more would empty the roll.</extracomment>
            <translation>Ce fichier d'étiquette est inutilisable.</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Le fichier n'a pas pu être lu.</translation>
        </message>
        <message>
            <source>This is not a regular file ({kind}): choose the label file itself.</source>
            <translation>Ce n'est pas un fichier normal ({kind}) : choisissez le fichier de l'étiquette lui-même.</translation>
        </message>
        <message>
            <source>The file is empty (0 bytes): pick the label file again.</source>
            <translation>Le fichier est vide (0 octet) : choisissez de nouveau le fichier de l'étiquette.</translation>
        </message>
        <message>
            <source>This is not a PDF, PNG or JPG label: the file looks like {what}.</source>
            <translation>Ce n'est pas une étiquette PDF, PNG ou JPG : le fichier ressemble à {what}.</translation>
        </message>
        <message>
            <source>The file is named .{named} but it is a {actual}. Check that this is the right file.</source>
            <translation>Le fichier s'appelle .{named}, mais c'est un fichier {actual}. Vérifiez que c'est le bon fichier.</translation>
        </message>
        <message>
            <source>The {kind} does not open: {why}.</source>
            <translation>Le fichier ({kind}) ne s'ouvre pas : {why}.</translation>
        </message>
        <message>
            <source>The PDF has no pages: there is nothing to print.</source>
            <translation>Le PDF n'a aucune page : il n'y a rien à imprimer.</translation>
        </message>
        <message>
            <source>The PDF has {count} pages; a label has at most {limit}: check that this is the label file.</source>
            <translation>Le PDF a {count} pages ; une étiquette en a au plus {limit} : vérifiez que c'est le fichier de l'étiquette.</translation>
        </message>
        <message>
            <source>The PDF is encrypted: it cannot be printed.</source>
            <translation>Le PDF est chiffré : il ne peut pas être imprimé.</translation>
        </message>
        <message>
            <source>The PDF contains JavaScript/launch actions; it was refused.</source>
            <translation>Le PDF contient des actions JavaScript/de lancement ; il a été refusé.</translation>
        </message>
        <message>
            <source>The PDF packs its contents in a way the station cannot check for JavaScript; it was refused.</source>
            <translation>Le PDF emballe son contenu d'une façon où le poste ne peut pas chercher de JavaScript ; il a été refusé.</translation>
        </message>
        <message>
            <source>The file is {size}, over the {limit} limit.</source>
            <translation>Le fichier fait {size}, au-delà de la limite de {limit}.</translation>
        </message>
        <message>
            <source>an HEIC photo (export it from the phone as JPG)</source>
            <extracomment>Pixel size and declared resolution of an image label (None for a PDF, or no dpi). Each page's size in points (width, height) as the PDF engine reads it; () for an image.</extracomment>
            <translation>une photo HEIC (exportez-la du téléphone en JPG)</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>une image GIF</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>une image WebP</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>une image TIFF</translation>
        </message>
        <message>
            <source>a ZIP archive or an Office document</source>
            <translation>une archive ZIP ou un document Office</translation>
        </message>
        <message>
            <source>a BMP image</source>
            <translation>une image BMP</translation>
        </message>
        <message>
            <source>a web page (the download may have failed)</source>
            <translation>une page web (le téléchargement a peut-être échoué)</translation>
        </message>
        <message>
            <source>an XML or HTML document</source>
            <translation>un document XML ou HTML</translation>
        </message>
        <message>
            <source>a damaged PDF (it does not start with its header)</source>
            <translation>un PDF endommagé (il ne commence pas par son en-tête)</translation>
        </message>
        <message>
            <source>a text file</source>
            <translation>un fichier texte</translation>
        </message>
        <message>
            <source>a file of an unknown kind</source>
            <translation>un fichier de type inconnu</translation>
        </message>
        <message>
            <source>The file could not be read ({why}).</source>
            <translation>Le fichier n'a pas pu être lu ({why}).</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>un dossier</translation>
        </message>
        <message>
            <source>a pipe</source>
            <translation>un tube (pipe)</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>un périphérique</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>un socket</translation>
        </message>
        <message>
            <source>not a file</source>
            <translation>pas un fichier</translation>
        </message>
        <message>
            <source>The file is {size} bytes, over the {limit} limit ({bytes} bytes).</source>
            <translation>Le fichier fait {size} octets, au-delà de la limite de {limit} ({bytes} octets).</translation>
        </message>
        <message>
            <source>the picture is damaged</source>
            <translation>l'image est endommagée</translation>
        </message>
        <message>
            <source>the PDF reader cannot open it</source>
            <translation>le lecteur PDF ne peut pas l'ouvrir</translation>
        </message>
    </context>
    <context>
        <name>LabelService</name>
        <message>
            <source>No label for {id}: the return has no label yet, or REVER does not know it.</source>
            <extracomment>Downloads at once for a batch: enough to hide latency, few enough to be polite.</extracomment>
            <translation>Pas d'étiquette pour {id} : le retour n'a pas encore d'étiquette, ou REVER ne le connaît pas.</translation>
        </message>
    </context>
    <context>
        <name>LocalData</name>
        <message>
            <source>{folder} is a file, not a folder</source>
            <translation>{folder} est un fichier, pas un dossier</translation>
        </message>
        <message>
            <source>it is damaged ({why}) and could not be set aside: {error}</source>
            <translation>il est endommagé ({why}) et n'a pas pu être mis de côté : {error}</translation>
        </message>
        <message>
            <source>Make sure the data folder {folder} exists, has free space and that this user may write in it (or set REVDESK_DATA_DIR to a folder it may write in), then start revdesk again.</source>
            <translation>Vérifiez que le dossier de données {folder} existe, a de l'espace libre et que cet utilisateur peut y écrire (ou indiquez dans REVDESK_DATA_DIR un dossier où il peut écrire), puis redémarrez revdesk.</translation>
        </message>
        <message>
            <source>The station cannot use its outbox file {path} ({why}). No status change can be kept safely until it can. {what_to_do}</source>
            <translation>Le poste ne peut pas utiliser son fichier de boîte d'envoi {path} ({why}). Aucun changement de statut ne peut être conservé en sécurité d'ici là. {what_to_do}</translation>
        </message>
        <message>
            <source>The outbox file {path} was damaged. It is kept as {kept} in the same folder and a new, empty outbox was started: status changes that waited in the damaged file were not sent. Check the returns scanned before now, and keep the damaged file for support.</source>
            <translation>Le fichier de boîte d'envoi {path} était endommagé. Il est conservé sous {kept} dans le même dossier et une nouvelle boîte d'envoi vide a été créée : les changements de statut en attente dans le fichier endommagé n'ont pas été envoyés. Vérifiez les retours scannés jusqu'ici, et gardez le fichier endommagé pour le support.</translation>
        </message>
        <message>
            <source>The audit log {path} cannot be written ({why}). The station goes on and keeps what it records in memory until it can. {what_to_do}</source>
            <translation>Impossible d'écrire dans le journal d'audit {path} ({why}). Le poste continue et garde en mémoire ce qu'il enregistre jusqu'à ce que ce soit possible. {what_to_do}</translation>
        </message>
        <message>
            <source>The audit log {path} was damaged. It is kept as {kept} in the same folder and a new audit log was started: the history before now is in the damaged file. Keep it for support.</source>
            <translation>Le journal d'audit {path} était endommagé. Il est conservé sous {kept} dans le même dossier et un nouveau journal d'audit a été créé : l'historique antérieur est dans le fichier endommagé. Gardez-le pour le support.</translation>
        </message>
    </context>
    <context>
        <name>LogisticOrderDialog</name>
        <message>
            <source>Logistic order</source>
            <translation>Ordre logistique</translation>
        </message>
        <message>
            <source>Create logistic order — {pid}</source>
            <translation>Créer un ordre logistique — {pid}</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transporteur</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Return type</source>
            <translation>Type de retour</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Customer address</source>
            <translation>Adresse du client</translation>
        </message>
        <message>
            <source>Warehouse address</source>
            <translation>Adresse de l'entrepôt</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>Create logistic order</source>
            <translation>Créer un ordre logistique</translation>
        </message>
    </context>
    <context>
        <name>Logistics</name>
        <message>
            <source>Nothing was generated (provider OPS): this provider handles it outside REVER. Nothing needs to be done here.</source>
            <translation>Rien n'a été généré (prestataire OPS) : ce prestataire le gère en dehors de REVER. Rien à faire ici.</translation>
        </message>
        <message>
            <source>{what} created: {id}.</source>
            <translation>{what} créé : {id}.</translation>
        </message>
        <message>
            <source>{what} created.</source>
            <translation>{what} créé.</translation>
        </message>
        <message>
            <source>e.g. {providers}</source>
            <translation>ex. {providers}</translation>
        </message>
        <message>
            <source>The providers REVER documents: {providers}. Any other provider your REVER account has is sent as typed.</source>
            <translation>Les transporteurs documentés par REVER : {providers}. Tout autre transporteur de votre compte REVER est envoyé tel que saisi.</translation>
        </message>
    </context>
    <context>
        <name>LogisticsRequestDialog</name>
        <message>
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <source>Still sending: wait for REVER's answer.</source>
            <translation>Envoi en cours : attendez la réponse de REVER.</translation>
        </message>
        <message>
            <source>Not sent.</source>
            <translation>Non envoyé.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Labels</source>
            <extracomment>Below this window height (a 1024x768 or 1366x768 screen) the recent scans keep three rows. After the list's first load: the dialogs' modules are imported then. The list's first load is over (its first page listed, or the load failed): what the start-up put off until then (sounds, connection checks, the heap's settling) may run. Resolved by closeEvent; made on first use, so a close that comes before anyone waits (a quit at start-up) is not missed.</extracomment>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>&amp;Undo last scan</source>
            <translation>&amp;Annuler le dernier scan</translation>
        </message>
        <message>
            <source>Go to the &amp;scan box</source>
            <translation>Aller à la zone de &amp;scan</translation>
        </message>
        <message>
            <source>S&amp;can</source>
            <translation>&amp;Scan</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Quit the station?</source>
            <translation>Quitter le poste ?</translation>
        </message>
        <message numerus="yes">
            <source>%n scan(s) still waiting to be sent to REVER. They are kept and sent when the station runs again, but not while it is closed.</source>
            <translation>
                <numerusform>%n scan attend encore d'être envoyé à REVER. Il est conservé et envoyé quand le poste redémarre, mais pas tant qu'il est fermé.</numerusform>
                <numerusform>%n scans attendent encore d'être envoyés à REVER. Ils sont conservés et envoyés quand le poste redémarre, mais pas tant qu'il est fermé.</numerusform>
            </translation>
        </message>
        <message>
            <source>Quit anyway</source>
            <translation>Quitter quand même</translation>
        </message>
        <message>
            <source>Keep the station open</source>
            <translation>Garder le poste ouvert</translation>
        </message>
        <message>
            <source>revdesk — station {name}</source>
            <translation>revdesk — poste {name}</translation>
        </message>
        <message>
            <source> — SANDBOX</source>
            <translation> — ESSAI</translation>
        </message>
    </context>
    <context>
        <name>ManualOrderDialog</name>
        <message>
            <source>Labels (*.pdf *.png *.jpg *.jpeg)</source>
            <extracomment>The dialog's width where the screen has it: the address fields whole beside the preview. A label has a page or two; a 40-page PDF is a wrong file, and its preview would be slow.</extracomment>
            <translation>Étiquettes (*.pdf *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Manual logistic order</source>
            <extracomment>The station's returns list: the first place a tracking id already used is found. The tracking id the operator confirmed (or that no other return has): sent as is.</extracomment>
            <translation>Ordre logistique manuel</translation>
        </message>
        <message>
            <source>Manual logistic order — {pid}</source>
            <translation>Ordre logistique manuel — {pid}</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Print label</source>
            <translation>Imprimer l'étiquette</translation>
        </message>
        <message>
            <source>Drop the carrier's label file here (PDF, PNG or JPG), or choose it.</source>
            <translation>Déposez ici le fichier de l'étiquette transporteur (PDF, PNG ou JPG), ou choisissez-le.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transporteur</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Return method</source>
            <translation>Mode de retour</translation>
        </message>
        <message>
            <source>Tracking id</source>
            <translation>Numéro de suivi</translation>
        </message>
        <message>
            <source>Tracking URL</source>
            <translation>URL de suivi</translation>
        </message>
        <message>
            <source>From (the customer)</source>
            <translation>De (le client)</translation>
        </message>
        <message>
            <source>To (this warehouse)</source>
            <translation>À (cet entrepôt)</translation>
        </message>
        <message>
            <source>Carrier label</source>
            <translation>Étiquette transporteur</translation>
        </message>
        <message>
            <source>Choose the label file first.</source>
            <translation>Choisissez d'abord le fichier de l'étiquette.</translation>
        </message>
        <message>
            <source>Checking that no other return has this tracking id…</source>
            <translation>Vérification qu'aucun autre retour n'a ce numéro de suivi…</translation>
        </message>
        <message>
            <source>Check the tracking id</source>
            <translation>Vérifiez le numéro de suivi</translation>
        </message>
        <message>
            <source>The tracking id {tracking} is already on return {pids}. One parcel has one tracking id: check the label. If it is right, press “Submit anyway”.</source>
            <translation>Le numéro de suivi {tracking} figure déjà sur le retour {pids}. Un colis a un seul numéro de suivi : vérifiez l'étiquette. Si elle est juste, appuyez sur « Envoyer quand même ».</translation>
        </message>
        <message>
            <source>Submit anyway</source>
            <translation>Envoyer quand même</translation>
        </message>
        <message>
            <source>Not sent.</source>
            <translation>Non envoyé.</translation>
        </message>
    </context>
    <context>
        <name>MatchesModel</name>
        <message>
            <source>Key</source>
            <extracomment>A digit is the operator's choice once no other key followed it for this long: longer than a slow scanner's gap between keys, so a read starting with a digit is never a choice. Rows shown without scrolling: as many as there are digit keys to choose them.</extracomment>
            <translation>Touche</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Process</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Suivi</translation>
        </message>
    </context>
    <context>
        <name>Merchant</name>
        <message>
            <source>The merchant platform's address is set but not its key. Set the key in the station settings or in {env}.</source>
            <translation>L'adresse de la plateforme marchande est indiquée, mais pas sa clé. Indiquez la clé dans les paramètres du poste ou dans {env}.</translation>
        </message>
        <message>
            <source>The merchant platform's address cannot be used: it must be an https:// address (plain http only on this computer). Fix it in the station settings or in REVDESK_MERCHANT_URL.</source>
            <translation>L'adresse de la plateforme marchande est inutilisable : elle doit commencer par https:// (http simple seulement sur cet ordinateur). Corrigez-la dans les paramètres du poste ou dans REVDESK_MERCHANT_URL.</translation>
        </message>
    </context>
    <context>
        <name>OneWindow</name>
        <message>
            <source>The station is already open on this computer (data folder {folder}). Use that window: two windows on one station would undo each other's settings.</source>
            <translation>Le poste est déjà ouvert sur cet ordinateur (dossier de données {folder}). Utilisez cette fenêtre : deux fenêtres sur un même poste annuleraient les paramètres l'une de l'autre.</translation>
        </message>
    </context>
    <context>
        <name>OrderCli</name>
        <message>
            <source>“{text}” is not an order id.</source>
            <extracomment>An order id longer than this is no id: refused before anything is sent.</extracomment>
            <translation>« {text} » n'est pas un identifiant de commande.</translation>
        </message>
        <message>
            <source>ITEM</source>
            <translation>ARTICLE</translation>
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
            <translation>QTÉ</translation>
        </message>
        <message>
            <source>RETURNABLE</source>
            <translation>RETOURNABLE</translation>
        </message>
        <message>
            <source>Order        {number} (id {id})</source>
            <translation>Commande     {number} (id {id})</translation>
        </message>
        <message>
            <source>Customer     {name} &lt;{email}&gt;</source>
            <translation>Client       {name} &lt;{email}&gt;</translation>
        </message>
        <message>
            <source>Purchased    {when}</source>
            <translation>Achat        {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in all</source>
            <translation>
                <numerusform>%n article en tout</numerusform>
                <numerusform>%n articles en tout</numerusform>
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
            <translation>REVER demande d'attendre {wait}</translation>
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
            <translation>annulation</translation>
        </message>
        <message>
            <source>return detail</source>
            <translation>détail du retour</translation>
        </message>
        <message>
            <source>bulk change</source>
            <translation>modification groupée</translation>
        </message>
        <message>
            <source>script (CLI)</source>
            <translation>script (CLI)</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>pas encore envoyé</translation>
        </message>
        <message>
            <source>{reason} — next try at {when}</source>
            <translation>{reason} — prochain essai à {when}</translation>
        </message>
        <message>
            <source>{reason} — trying again now</source>
            <translation>{reason} — nouvel essai en cours</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <source>Outbox — changes not sent yet</source>
            <extracomment>Pending entries listed; the count says how many more there are. Outcomes arrive one per change (a thousand during a flush): the tables are read again at most this often, not once per outcome.</extracomment>
            <translation>Boîte d'envoi — modifications pas encore envoyées</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>&amp;Envoyer maintenant</translation>
        </message>
        <message>
            <source>Try every waiting change now (Ctrl+Shift+O)</source>
            <translation>Essayer maintenant toutes les modifications en attente (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <source>&amp;Retry refused</source>
            <translation>&amp;Réessayer les refusées</translation>
        </message>
        <message>
            <source>Send the refused changes again, after the cause was fixed (e.g. the API key); never those no retry can help (a cancelled or unknown return)</source>
            <translation>Renvoyer les modifications refusées, une fois la cause corrigée (par ex. la clé API) ; jamais celles qu'aucun nouvel essai ne peut sauver (un retour annulé ou inconnu)</translation>
        </message>
        <message>
            <source>&amp;Discard refused…</source>
            <translation>&amp;Abandonner les refusées…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Waiting to be sent (sent by themselves as soon as REVER answers):</source>
            <translation>En attente d'envoi (envoyées d'elles-mêmes dès que REVER répond) :</translation>
        </message>
        <message>
            <source>Refused by REVER (never sent again unless you retry them):</source>
            <translation>Refusées par REVER (jamais renvoyées sauf si vous les réessayez) :</translation>
        </message>
        <message>
            <source>{pending} waiting to be sent · {failed} refused</source>
            <translation>{pending} en attente d'envoi · refusées : {failed}</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…et %n autre.</numerusform>
                <numerusform>…et %n autres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused change(s) will be sent again.</source>
            <translation>
                <numerusform>%n modification refusée sera renvoyée.</numerusform>
                <numerusform>%n modifications refusées seront renvoyées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot succeed by retrying (a cancelled or unknown return): discard them once the lead has decided.</source>
            <translation>
                <numerusform>%n ne peut pas réussir en réessayant (retour annulé ou inconnu) : abandonnez-la une fois que le responsable a décidé.</numerusform>
                <numerusform>%n ne peuvent pas réussir en réessayant (retour annulé ou inconnu) : abandonnez-les une fois que le responsable a décidé.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Discard %n refused change(s)? They will never be sent to REVER; the history keeps a record of each.</source>
            <translation>
                <numerusform>Abandonner %n modification refusée ? Elle ne sera jamais envoyée à REVER ; l'historique en garde une trace.</numerusform>
                <numerusform>Abandonner %n modifications refusées ? Elles ne seront jamais envoyées à REVER ; l'historique garde une trace de chacune.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused change(s) discarded.</source>
            <translation>
                <numerusform>%n modification refusée abandonnée.</numerusform>
                <numerusform>%n modifications refusées abandonnées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending the waiting changes now…</source>
            <translation>Envoi des modifications en attente…</translation>
        </message>
        <message>
            <source>Discard refused changes</source>
            <translation>Abandonner les modifications refusées</translation>
        </message>
    </context>
    <context>
        <name>OutputFile</name>
        <message>
            <source>is a folder</source>
            <translation>est un dossier</translation>
        </message>
        <message>
            <source>is a disk device or a socket, not a file to write</source>
            <translation>est un périphérique disque ou un socket, pas un fichier où écrire</translation>
        </message>
        <message>
            <source>is a pipe nothing reads from</source>
            <translation>est un tube que rien ne lit</translation>
        </message>
    </context>
    <context>
        <name>ParcelContents</name>
        <message>
            <source>not said</source>
            <extracomment>The order's line items. The platform answered 404: it does not know this order. The platform cannot be reached, fails (5xx), is too slow or answers what the station cannot read: trying again later may work. No platform configured, its key missing or refused, its address unusable: the lead. The return names no order, so there is nothing to ask. What to tell the operator when there are no contents ("" with them).</extracomment>
            <translation>non précisé</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no (already returned)</source>
            <translation>non (déjà retourné)</translation>
        </message>
        <message>
            <source>no (shop policy)</source>
            <translation>non (règle de la boutique)</translation>
        </message>
        <message>
            <source>no (not sent yet)</source>
            <translation>non (pas encore expédié)</translation>
        </message>
        <message>
            <source>no (return period over)</source>
            <translation>non (délai de retour dépassé)</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>The merchant's platform does not know order {order}: check the parcel against the return's items.</source>
            <translation>La plateforme marchande ne connaît pas la commande {order} : comparez le colis aux articles du retour.</translation>
        </message>
        <message>
            <source>The merchant's platform refused the station's key. Ask the warehouse lead to check the merchant key.</source>
            <translation>La plateforme marchande a refusé la clé du poste. Demandez au responsable de l'entrepôt de vérifier la clé marchande.</translation>
        </message>
        <message>
            <source>The merchant's platform cannot be asked: {reason}</source>
            <translation>Impossible d'interroger la plateforme marchande : {reason}</translation>
        </message>
        <message>
            <source>No merchant platform is set up, so the order's contents cannot be shown.</source>
            <translation>Aucune plateforme marchande n'est configurée : le contenu de la commande ne peut pas être affiché.</translation>
        </message>
        <message>
            <source>This return names no order: there are no contents to check.</source>
            <translation>Ce retour n'indique aucune commande : il n'y a pas de contenu à vérifier.</translation>
        </message>
        <message>
            <source>The merchant's platform sent an answer the station cannot read for order {order}. Try again later.</source>
            <translation>La plateforme marchande a envoyé pour la commande {order} une réponse que le poste ne peut pas lire. Réessayez plus tard.</translation>
        </message>
        <message>
            <source>The merchant's platform cannot be reached or is failing right now. Try again in a moment; the rest of the return is unaffected.</source>
            <translation>La plateforme marchande est injoignable ou en panne pour le moment. Réessayez dans un instant ; le reste du retour n'est pas touché.</translation>
        </message>
        <message>
            <source>Item</source>
            <extracomment>Pictures loaded for one order at most: an order of 500 lines does not start 500 loads.</extracomment>
            <translation>Article</translation>
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
            <translation>Qté</translation>
        </message>
        <message>
            <source>Returnable</source>
            <translation>Retournable</translation>
        </message>
        <message>
            <source>The picture cannot be read.</source>
            <translation>L'image ne peut pas être lue.</translation>
        </message>
        <message>
            <source>{name}
No picture: {reason}</source>
            <translation>{name}
Pas d'image : {reason}</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>Asking the merchant's platform what this parcel should hold…</source>
            <translation>Demande à la plateforme marchande de ce que doit contenir ce colis…</translation>
        </message>
        <message numerus="yes">
            <source>Order {order}: %n item(s) should be in the parcel.</source>
            <translation>
                <numerusform>Commande {order} : %n article doit être dans le colis.</numerusform>
                <numerusform>Commande {order} : %n articles doivent être dans le colis.</numerusform>
            </translation>
        </message>
        <message>
            <source>The parcel's contents could not be shown; the details are in the log.</source>
            <translation>Le contenu du colis n'a pas pu être affiché ; les détails sont dans le journal.</translation>
        </message>
        <message>
            <source>Parcel contents of {pid}</source>
            <extracomment>(process id, order id) of what is shown or loading.</extracomment>
            <translation>Contenu du colis de {pid}</translation>
        </message>
    </context>
    <context>
        <name>PickListDialog</name>
        <message>
            <source>Which return is this parcel?</source>
            <translation>À quel retour correspond ce colis ?</translation>
        </message>
        <message numerus="yes">
            <source>“{text}” matches %n returns. Nothing was changed.</source>
            <translation>
                <numerusform>« {text} » correspond à %n retour. Rien n'a été modifié.</numerusform>
                <numerusform>« {text} » correspond à %n retours. Rien n'a été modifié.</numerusform>
            </translation>
        </message>
        <message>
            <source>Press 1–{n} for {action}, or scan another barcode of the parcel. Esc: none of them.</source>
            <translation>Appuyez sur 1–{n} pour {action}, ou scannez un autre code-barres du colis. Échap : aucun.</translation>
        </message>
    </context>
    <context>
        <name>PickupDialog</name>
        <message>
            <source>Pickup</source>
            <translation>Enlèvement</translation>
        </message>
        <message>
            <source>Request pickup — {pid}</source>
            <translation>Demander un enlèvement — {pid}</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transporteur</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Pickup address</source>
            <translation>Adresse d'enlèvement</translation>
        </message>
        <message>
            <source>Request pickup</source>
            <translation>Demander un enlèvement</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>The picture's address gave something that is not a picture.</source>
            <extracomment>A picture larger than this (width x height) is refused before it is decoded: a small file can unpack into gigabytes. Far above a 64-pixel PNG (RGBA, uncompressed: 16 kB): a bigger cached file is not ours. Pictures loaded at once: a 40-line order does not open 40 connections. The thumbnail (PNG bytes), or None when refused. Why there is no thumbnail ("" with one).</extracomment>
            <translation>L'adresse de l'image a renvoyé autre chose qu'une image.</translation>
        </message>
        <message>
            <source>The picture is too large to show.</source>
            <translation>L'image est trop grande pour être affichée.</translation>
        </message>
        <message>
            <source>The picture cannot be read.</source>
            <translation>L'image ne peut pas être lue.</translation>
        </message>
        <message>
            <source>No picture.</source>
            <translation>Pas d'image.</translation>
        </message>
        <message>
            <source>No merchant platform is set up.</source>
            <translation>Aucune plateforme marchande n'est configurée.</translation>
        </message>
        <message>
            <source>The picture is too large to download.</source>
            <translation>L'image est trop volumineuse pour être téléchargée.</translation>
        </message>
        <message>
            <source>The picture's address is not one the station loads from.</source>
            <translation>L'adresse de l'image n'est pas une de celles d'où le poste charge.</translation>
        </message>
        <message>
            <source>The picture could not be loaded.</source>
            <translation>L'image n'a pas pu être chargée.</translation>
        </message>
    </context>
    <context>
        <name>PrinterProfileEditor</name>
        <message>
            <source>Carrier labels</source>
            <extracomment>The process id on a test label: no return has it, and it reads as what it is.</extracomment>
            <translation>Étiquettes transporteur</translation>
        </message>
        <message>
            <source>Intake labels</source>
            <translation>Étiquettes d'entrée</translation>
        </message>
        <message>
            <source>A printer of this computer</source>
            <translation>Une imprimante de cet ordinateur</translation>
        </message>
        <message>
            <source>A folder (PDF files)</source>
            <translation>Un dossier (fichiers PDF)</translation>
        </message>
        <message>
            <source>A ZPL label printer (Zebra)</source>
            <translation>Une imprimante d'étiquettes ZPL (Zebra)</translation>
        </message>
        <message>
            <source>{name} (not found now)</source>
            <translation>{name} (introuvable pour l'instant)</translation>
        </message>
        <message>
            <source>(this computer has no printer)</source>
            <translation>(cet ordinateur n'a pas d'imprimante)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>zebra-1:9100, or cups:QUEUE</source>
            <translation>zebra-1:9100, ou cups:FILE</translation>
        </message>
        <message>
            <source>4x6 in (101.6 x 152.4 mm)</source>
            <translation>4x6 in (101,6 x 152,4 mm)</translation>
        </message>
        <message>
            <source>Custom size</source>
            <translation>Format personnalisé</translation>
        </message>
        <message>
            <source>{dpi} dpi</source>
            <translation>{dpi} ppp</translation>
        </message>
        <message>
            <source>Test print</source>
            <translation>Impression de test</translation>
        </message>
        <message>
            <source>&amp;Prints on:</source>
            <translation>&amp;Imprime sur :</translation>
        </message>
        <message>
            <source>&amp;Which:</source>
            <translation>&amp;Laquelle :</translation>
        </message>
        <message>
            <source>Label &amp;stock:</source>
            <translation>&amp;Format d'étiquette :</translation>
        </message>
        <message>
            <source>&amp;Resolution:</source>
            <translation>&amp;Résolution :</translation>
        </message>
        <message>
            <source>Folder for the label PDFs</source>
            <translation>Dossier des PDF d'étiquettes</translation>
        </message>
        <message>
            <source>carrier</source>
            <translation>transporteur</translation>
        </message>
        <message>
            <source>intake</source>
            <translation>d'entrée</translation>
        </message>
        <message>
            <source>The {which} label folder {folder} cannot be made: {why}.</source>
            <translation>Impossible de créer le dossier d'étiquettes {which} {folder} : {why}.</translation>
        </message>
    </context>
    <context>
        <name>PrinterProfiles</name>
        <message>
            <source>Carrier label</source>
            <extracomment>A ZPL profile's address naming a raw CUPS queue instead of ``host:port``.</extracomment>
            <translation>Étiquette transporteur</translation>
        </message>
        <message>
            <source>Intake label</source>
            <translation>Étiquette d'entrée</translation>
        </message>
        <message>
            <source>The label could not be written: {why}.</source>
            <translation>L'étiquette n'a pas pu être écrite : {why}.</translation>
        </message>
    </context>
    <context>
        <name>PrinterProfilesBox</name>
        <message>
            <source>Print an intake label for each parcel received</source>
            <extracomment>A test print's result was shown: the dialog holding the box makes room for its lines.</extracomment>
            <translation>Imprimer une étiquette d'entrée pour chaque colis reçu</translation>
        </message>
        <message>
            <source>Print the intake label after each parcel received (IN_WAREHOUSE confirmed)</source>
            <translation>Imprimer l'étiquette d'entrée après chaque colis reçu (IN_WAREHOUSE confirmé)</translation>
        </message>
        <message>
            <source>Test label</source>
            <translation>Étiquette de test</translation>
        </message>
        <message>
            <source>Test print failed: {why}</source>
            <translation>L'impression de test a échoué : {why}</translation>
        </message>
    </context>
    <context>
        <name>PrinterSettings</name>
        <message>
            <source>no printer chosen</source>
            <extracomment>After a scan under CANCELED or ERROR (domain/scanning.ONE_SCAN_ACTIONS): go back to the default action ("one_scan"), or keep it and ask before each scan ("confirm"). Left on, either would go on cancelling every parcel that follows. What a printer profile prints on: an OS/CUPS printer by name, PDF files in a folder, or a ZPL label printer on the network (``host:port``) or behind a raw CUPS queue. The two printer roles of a station: the carrier's label and our intake label. zpl: ``host[:port]`` of a network label printer, or ``cups:QUEUE`` for a raw queue.</extracomment>
            <translation>aucune imprimante choisie</translation>
        </message>
        <message>
            <source>the folder {folder}</source>
            <translation>le dossier {folder}</translation>
        </message>
        <message>
            <source>the ZPL printer {address}</source>
            <translation>l'imprimante ZPL {address}</translation>
        </message>
    </context>
    <context>
        <name>PrintersDialog</name>
        <message>
            <source>Label printers</source>
            <translation>Imprimantes d'étiquettes</translation>
        </message>
    </context>
    <context>
        <name>ProcessDetail</name>
        <message>
            <source>No return open</source>
            <translation>Aucun retour ouvert</translation>
        </message>
        <message>
            <source>Customer:</source>
            <extracomment>Whose return it is, at a station of several REVER accounts (a row only then).</extracomment>
            <translation>Client :</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail :</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Commande :</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Créé :</translation>
        </message>
        <message>
            <source>Return method:</source>
            <translation>Mode de retour :</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Compte :</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistique</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>Transporteur :</translation>
        </message>
        <message>
            <source>Tracking:</source>
            <translation>Suivi :</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Mode :</translation>
        </message>
        <message>
            <source>Pickups:</source>
            <translation>Enlèvements :</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Statut :</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Article</translation>
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
            <translation>Qté</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Set s&amp;tatus</source>
            <extracomment>What the parcel should hold, from the merchant's platform (filled by ``ParcelContentsActions``); the rest of the detail never waits for it.</extracomment>
            <translation>&amp;Modifier</translation>
        </message>
        <message>
            <source>&amp;New status:</source>
            <translation>&amp;Nouveau :</translation>
        </message>
        <message>
            <source>Set this return's shipping status by hand</source>
            <translation>Modifier à la main le statut d'expédition de ce retour</translation>
        </message>
        <message>
            <source>Open tracking page</source>
            <translation>Ouvrir la page de suivi</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Parcel contents: what the order holds, from the merchant's platform. Check the parcel against it.</source>
            <translation>Contenu du colis : ce que contient la commande, d'après la plateforme marchande. Comparez-le au colis.</translation>
        </message>
        <message>
            <source>Customer, logistics</source>
            <translation>Client, logistique</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Status changes from this station</source>
            <translation>Changements de statut faits sur ce poste</translation>
        </message>
        <message>
            <source>Enter or double-click a row, or scan with Look up (F7), to open a return here.</source>
            <translation>Entrée ou double-clic sur une ligne, ou un scan en Consulter (F7), pour ouvrir un retour ici.</translation>
        </message>
        <message>
            <source>Loading {pid}…</source>
            <translation>Chargement de {pid}…</translation>
        </message>
        <message>
            <source>{pid} could not be opened: {reason}</source>
            <translation>Impossible d'ouvrir {pid} : {reason}</translation>
        </message>
        <message>
            <source>  (id {id})</source>
            <translation>  (id {id})</translation>
        </message>
        <message numerus="yes">
            <source>Items (%n)</source>
            <translation>
                <numerusform>Articles (%n)</numerusform>
                <numerusform>Articles (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Logistics not available: {reason}</source>
            <translation>Logistique indisponible : {reason}</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>envoyé</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
    </context>
    <context>
        <name>ProcessListPanel</name>
        <message>
            <source>Stat&amp;us:</source>
            <extracomment>Searching the server for rows not loaded yet waits for a pause in typing. What each column is first made wide enough for (process, order, customer, status, method, carrier, tracking, created), measured in the table's font: at 1024 px the first four show whole beside the detail. Below this width the list's search goes under its status filter.</extracomment>
            <translation>Stat&amp;ut :</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>S&amp;earch:</source>
            <translation>Re&amp;chercher :</translation>
        </message>
        <message>
            <source>id, order, customer, e-mail, tracking (Ctrl+F)</source>
            <translation>id, commande, client, e-mail, suivi (Ctrl+F)</translation>
        </message>
        <message>
            <source>id, order, customer, e-mail, tracking</source>
            <translation>id, commande, client, e-mail, suivi</translation>
        </message>
        <message>
            <source>id, order, name…</source>
            <translation>id, commande, nom…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Read the list again (Ctrl+R)</source>
            <translation>Relire la liste (Ctrl+R)</translation>
        </message>
        <message>
            <source>Set status of selected…</source>
            <translation>Statut de la sélection…</translation>
        </message>
        <message>
            <source>Set status…</source>
            <translation>Statut…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>{shown} shown of {loaded} loaded</source>
            <translation>{shown} sur {loaded} chargés</translation>
        </message>
        <message>
            <source> — more load as you scroll</source>
            <translation> — la suite se charge en défilant</translation>
        </message>
        <message>
            <source> — scroll for more</source>
            <translation> — défilez pour la suite</translation>
        </message>
        <message>
            <source> — saved list of {when}, being read again</source>
            <translation> — liste enregistrée de {when}, relecture en cours</translation>
        </message>
        <message>
            <source> — saved list of {when}</source>
            <translation> — liste enregistrée de {when}</translation>
        </message>
        <message>
            <source> — loading…</source>
            <translation> — chargement…</translation>
        </message>
        <message>
            <source>No return matches “{text}” with status {status}.</source>
            <translation>Aucun retour ne correspond à « {text} » au statut {status}.</translation>
        </message>
        <message>
            <source>No return matches “{text}”.</source>
            <translation>Aucun retour ne correspond à « {text} ».</translation>
        </message>
        <message>
            <source>No return has status {status}.</source>
            <translation>Aucun retour n'a le statut {status}.</translation>
        </message>
        <message>
            <source>Not every return is loaded: REVER is searched too.</source>
            <translation>Tous les retours ne sont pas chargés : la recherche interroge aussi REVER.</translation>
        </message>
        <message>
            <source>Searched: process id, order, customer, e-mail, tracking.</source>
            <translation>Recherche dans : identifiant, commande, client, e-mail, suivi.</translation>
        </message>
        <message>
            <source>List not loaded: {reason} (Ctrl+R to retry)</source>
            <translation>Liste non chargée : {reason} (Ctrl+R pour réessayer)</translation>
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
            <translation>Commande</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transporteur</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Dossier</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <extracomment>Where the built ``.qm`` files are, under ``resources/``: ``revdesk_&lt;code&gt;.qm``.</extracomment>
            <translation>&amp;Regarder dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
    </context>
    <context>
        <name>QrSlip</name>
        <message>
            <source>Slips are made for 203 or 300 dpi printers, not {dpi}.</source>
            <extracomment>The longest QR payload accepted: a URL with an id and a token is well under it; a longer one makes modules too small for a phone at the slip's size. The QR code's square, quiet zone included, as large as the slip leaves room for. The smallest module a phone camera reads well off thermal paper: 0.33 mm. A name for the job and for a folder profile's file ("RT-W000001-walkin"): letters, digits, ``.``, ``_`` and ``-`` only (an id from a server never names another folder).</extracomment>
            <translation>Les tickets sont faits pour des imprimantes 203 ou 300 ppp, pas {dpi}.</translation>
        </message>
        <message>
            <source>The slip has nothing for its QR code.</source>
            <translation>Le ticket n'a rien à mettre dans son QR code.</translation>
        </message>
        <message>
            <source>The QR code's text is too long ({count} characters, at most {limit}) for a code a phone can read on this slip.</source>
            <translation>Le texte du QR code est trop long ({count} caractères, au plus {limit}) pour un code lisible par un téléphone sur ce ticket.</translation>
        </message>
        <message>
            <source>The QR code's text has characters a QR code link cannot carry.</source>
            <translation>Le texte du QR code contient des caractères qu'un lien en QR code ne peut pas porter.</translation>
        </message>
        <message>
            <source>The QR code's text is too long for a code a phone can read on this slip.</source>
            <translation>Le texte du QR code est trop long pour un code lisible par un téléphone sur ce ticket.</translation>
        </message>
    </context>
    <context>
        <name>QtLibraries</name>
        <message>
            <source>revdesk cannot open its window: there is no display here (DISPLAY and WAYLAND_DISPLAY are not set, as in an SSH session or on a server).
Start it from the desktop session of the station, or set DISPLAY to its screen (for example DISPLAY=:0).
For a check without a screen: QT_QPA_PLATFORM=offscreen revdesk</source>
            <extracomment>The plugin Qt loads for X11 and the library it is built on, below the PySide6 package. Longer than this, ldd's answer is not waited for: the station starts as it always did. The Debian/Ubuntu package of each system library in the xcb plugin's closure (PySide6's own Qt libraries travel with its wheel). Every package named here is in ``packaging/apt-packages.txt`` (tests/unit/test_qt_libraries.py checks), so the README's one install command gives all of them. Ubuntu's 64-bit-time packages (``…t64``) provide these names, so the same command works there.</extracomment>
            <translation>revdesk ne peut pas ouvrir sa fenêtre : il n'y a pas d'écran ici (DISPLAY et WAYLAND_DISPLAY ne sont pas définies, comme dans une session SSH ou sur un serveur).
Lancez-le depuis la session de bureau du poste, ou définissez DISPLAY sur son écran (par exemple DISPLAY=:0).
Pour un essai sans écran : QT_QPA_PLATFORM=offscreen revdesk</translation>
        </message>
        <message>
            <source>revdesk cannot open its window: no X server answers on DISPLAY={display}.
Start it from the desktop session of the station, or set DISPLAY to its screen (for example DISPLAY=:0).
For a check without a screen: QT_QPA_PLATFORM=offscreen revdesk</source>
            <extracomment>Where a local X server listens, display N at X&lt;N&gt; (also in Linux's abstract namespace). Display N of a TCP X server listens on this port + N. The hosts of a DISPLAY asked over TCP: this machine only, never another.</extracomment>
            <translation>revdesk ne peut pas ouvrir sa fenêtre : aucun serveur X ne répond sur DISPLAY={display}.
Lancez-le depuis la session de bureau du poste, ou définissez DISPLAY sur son écran (par exemple DISPLAY=:0).
Pour un essai sans écran : QT_QPA_PLATFORM=offscreen revdesk</translation>
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
            <translation>Créneaux d'enlèvement</translation>
        </message>
    </context>
    <context>
        <name>RecentScansModel</name>
        <message>
            <source>raw: {raw}</source>
            <extracomment>Each result's symbol in a colour readable on the row (white, or its severity's tint). seq -&gt; (outcome, display text, symbol) Scans whose parcel was left unreceived (a pick list dropped unchosen): red rows.</extracomment>
            <translation>lu : {raw}</translation>
        </message>
        <message>
            <source>“{text}”: no return chosen</source>
            <translation>« {text} » : aucun retour choisi</translation>
        </message>
        <message>
            <source>not changed: scan it again</source>
            <translation>non modifié : scannez-le à nouveau</translation>
        </message>
    </context>
    <context>
        <name>Request</name>
        <message>
            <source>a pickup range is listed twice</source>
            <extracomment>The longest text of a return the station keeps from an answer (a name, an address line, an item): far beyond any real one, short enough to lay out at once. Text the station shows (names, addresses, items) is cut to this many characters; None for answers that carry data (a label's bytes, an opaque page token). "XL", "Navy / M": the merchant contract's name for it (API-NOTES §3) [assumed]. [assumed] where the parcel comes from (the sandbox serves it): the "from" of a logistic order. Empty when REVER's answer has none. Which of the station's REVER accounts the return was read under (a station may hold several, see domain/accounts.py): set by the station, never read from an answer nor sent back. None: the platform did not say (the document requires it; shown as unknown). 2 returned already, 3 shop policy, 4 not fulfilled, 5 out of the return period.</extracomment>
            <translation>un créneau d'enlèvement figure deux fois</translation>
        </message>
        <message>
            <source>NO_RANGE cannot be combined with a time range</source>
            <translation>NO_RANGE ne peut pas être combiné avec un créneau horaire</translation>
        </message>
        <message>
            <source>the tracking URL must start with https://</source>
            <translation>l'URL de suivi doit commencer par https://</translation>
        </message>
        <message>
            <source>a home pick-up needs at least one pickup range</source>
            <translation>un enlèvement à domicile demande au moins un créneau d'enlèvement</translation>
        </message>
    </context>
    <context>
        <name>ReturnsActions</name>
        <message>
            <source>&amp;Find a return</source>
            <extracomment>The timer refresh reads at most this many rows again (a manual refresh reads all).</extracomment>
            <translation>&amp;Chercher un retour</translation>
        </message>
        <message>
            <source>&amp;Refresh the list</source>
            <translation>&amp;Actualiser la liste</translation>
        </message>
        <message>
            <source>&amp;Load every page</source>
            <translation>Charger &amp;toutes les pages</translation>
        </message>
        <message>
            <source>&amp;Open the current return</source>
            <translation>&amp;Ouvrir le retour courant</translation>
        </message>
        <message>
            <source>Set status of &amp;selected…</source>
            <translation>Changer le &amp;statut de la sélection…</translation>
        </message>
        <message>
            <source>Change the open return's s&amp;tatus</source>
            <translation>Modifier le stat&amp;ut du retour ouvert</translation>
        </message>
        <message>
            <source>&amp;Returns</source>
            <translation>&amp;Retours</translation>
        </message>
        <message>
            <source>Open {pid}</source>
            <translation>Ouvrir {pid}</translation>
        </message>
        <message>
            <source>{pid} is already {status}.</source>
            <translation>{pid} est déjà {status}.</translation>
        </message>
        <message>
            <source>Setting {pid} to {status}…</source>
            <translation>Passage de {pid} à {status}…</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>Non modifié : {reason}</translation>
        </message>
        <message>
            <source>{pid} set to {status}.</source>
            <translation>{pid} passé à {status}.</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Modifier le statut</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Load the list</source>
            <translation>Charger la liste</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Select returns in the list first (Shift/Ctrl + arrows, Ctrl+A).</source>
            <translation>Sélectionnez d'abord des retours dans la liste (Maj/Ctrl + flèches, Ctrl+A).</translation>
        </message>
        <message>
            <source>Select returns in the list first.</source>
            <translation>Sélectionnez d'abord des retours dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>ReverAccounts</name>
        <message>
            <source>stored</source>
            <extracomment>As ``config.ReverAccount.name`` allows.</extracomment>
            <translation>enregistrée</translation>
        </message>
        <message>
            <source>from the environment</source>
            <translation>de l'environnement</translation>
        </message>
        <message>
            <source>MISSING</source>
            <translation>MANQUANTE</translation>
        </message>
        <message>
            <source>not needed</source>
            <translation>non requise</translation>
        </message>
        <message>
            <source>built-in sandbox</source>
            <translation>environnement d'essai intégré</translation>
        </message>
        <message>
            <source>Give the account a name of up to {limit} printable characters. Nothing was saved.</source>
            <translation>Donnez au compte un nom de {limit} caractères imprimables au plus. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>“{name}” is the main account's name in the list: give this account another one. Nothing was saved.</source>
            <translation>« {name} » est le nom du compte principal dans la liste : donnez-en un autre à ce compte. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>“{name}” is too like the account “{other}”: both would read their key from {env}. Choose another name, or type “{other}” to replace it. Nothing was saved.</source>
            <translation>« {name} » ressemble trop au compte « {other} » : les deux liraient leur clé dans {env}. Choisissez un autre nom, ou tapez « {other} » pour le remplacer. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Give the account's e-commerce id or its group: its returns are those of that e-commerce. Nothing was saved.</source>
            <translation>Indiquez l'id e-commerce du compte ou son groupe : ses retours sont ceux de cet e-commerce. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The e-commerce id and group take printable characters only. Nothing was saved.</source>
            <translation>L'id e-commerce et le groupe n'acceptent que des caractères imprimables. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The main account is the built-in sandbox: more accounts are its e-commerces, with no address. Leave the address empty, or set the main account's API address and key first. Nothing was saved.</source>
            <translation>Le compte principal est l'environnement d'essai intégré : les autres comptes sont ses e-commerces, sans adresse. Laissez l'adresse vide, ou indiquez d'abord l'adresse de l'API et la clé du compte principal. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>An e-commerce of the built-in sandbox needs no key: leave the key empty. Nothing was saved.</source>
            <translation>Un e-commerce de l'environnement d'essai intégré n'a pas besoin de clé : laissez la clé vide. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Give the account's REVER API address (https://…): the main account is not the sandbox. Nothing was saved.</source>
            <translation>Indiquez l'adresse de l'API REVER du compte (https://…) : le compte principal n'est pas l'environnement d'essai. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The account's address has a user name, a password, a “?…” or a “#…” in it: an address is never a place for a secret (the key goes in its own field). Give the address alone. Nothing was saved.</source>
            <translation>L'adresse du compte contient un nom d'utilisateur, un mot de passe, un « ?… » ou un « #… » : une adresse n'est jamais la place d'un secret (la clé a son propre champ). Indiquez l'adresse seule. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The account's address cannot be used: {why}</source>
            <translation>L'adresse du compte est inutilisable : {why}</translation>
        </message>
        <message>
            <source>“{name}” is the same e-commerce as the main account “{other}” at the same address: it needs no account of its own. Nothing was saved.</source>
            <translation>« {name} » est le même e-commerce que le compte principal « {other} » à la même adresse : il n'a pas besoin d'un compte à lui. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>“{name}” is the same e-commerce as “{other}” at the same address: type “{other}” to replace that account. Nothing was saved.</source>
            <translation>« {name} » est le même e-commerce que « {other} » à la même adresse : tapez « {other} » pour remplacer ce compte. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The station holds {limit} more accounts, the most it can: remove one first. Nothing was saved.</source>
            <translation>Le poste a déjà {limit} autres comptes, le maximum : supprimez-en un d'abord. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>No key is stored for this account, and {env} is not set: type its API key. Nothing was saved.</source>
            <translation>Aucune clé enregistrée pour ce compte, et {env} n'est pas définie : tapez sa clé API. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>it is not a valid address. Nothing was saved.</source>
            <translation>ce n'est pas une adresse valide. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>it must start with https:// (plain http is only for this computer). Nothing was saved.</source>
            <translation>elle doit commencer par https:// (http simple seulement pour cet ordinateur). Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The main account would be named “{name}” in the list, as the account “{other}” is: give the main account another name.</source>
            <extracomment>A key stored for it was deleted from the credential store. Its key variable (``REVDESK_API_KEY__&lt;NAME&gt;``) is set: only whoever set it can unset it.</extracomment>
            <translation>Le compte principal s'appellerait « {name} » dans la liste, comme le compte « {other} » : donnez un autre nom au compte principal.</translation>
        </message>
        <message>
            <source>The main account would be the same e-commerce, at the same address, as the account “{name}”: remove that account (More REVER accounts…) or give the main account another e-commerce.</source>
            <translation>Le compte principal serait le même e-commerce, à la même adresse, que le compte « {name} » : supprimez ce compte (Autres comptes REVER…) ou donnez un autre e-commerce au compte principal.</translation>
        </message>
        <message>
            <source>The accounts {names} have a REVER address: they cannot go with a main account on the built-in sandbox. Set the API address and key, or remove them (More REVER accounts…).</source>
            <translation>Les comptes {names} ont une adresse REVER : ils ne peuvent pas aller avec un compte principal sur l'environnement d'essai intégré. Indiquez l'adresse de l'API et la clé, ou supprimez-les (Autres comptes REVER…).</translation>
        </message>
        <message>
            <source>The accounts {names} are e-commerces of the built-in sandbox: they cannot go with a main account at a REVER address. Remove them (More REVER accounts…) and add them with their own address and key.</source>
            <translation>Les comptes {names} sont des e-commerces de l'environnement d'essai intégré : ils ne peuvent pas aller avec un compte principal à une adresse REVER. Supprimez-les (Autres comptes REVER…) et ajoutez-les avec leur propre adresse et leur clé.</translation>
        </message>
        <message>
            <source>The account “{name}” has no e-commerce id or group: its returns are those of one.</source>
            <translation>Le compte « {name} » n'a ni id e-commerce ni groupe : ses retours sont ceux de l'un d'eux.</translation>
        </message>
        <message>
            <source>The address of the account “{name}” has a user name, a password, a “?…” or a “#…” in it: an address is never a place for a secret.</source>
            <translation>L'adresse du compte « {name} » contient un nom d'utilisateur, un mot de passe, un « ?… » ou un « #… » : une adresse n'est jamais la place d'un secret.</translation>
        </message>
        <message>
            <source>The accounts “{other}” and “{name}” would both read their key from {env}: each account needs a name of its own.</source>
            <translation>Les comptes « {other} » et « {name} » liraient tous deux leur clé dans {env} : chaque compte a besoin de son propre nom.</translation>
        </message>
        <message>
            <source>The accounts “{other}” and “{name}” are the same e-commerce at the same address: one account is enough.</source>
            <translation>Les comptes « {other} » et « {name} » sont le même e-commerce à la même adresse : un seul compte suffit.</translation>
        </message>
        <message>
            <source>{count} more REVER accounts: a station holds at most {limit} (a return no account is known to own is asked of each at once).</source>
            <translation>{count} autres comptes REVER : un poste en a au plus {limit} (un retour dont on ne sait pas à quel compte il appartient est demandé à chacun à la fois).</translation>
        </message>
        <message>
            <source>More REVER accounts</source>
            <translation>Autres comptes REVER</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>E-commerce or group</source>
            <translation>E-commerce ou groupe</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>&amp;Add or replace</source>
            <translation>&amp;Ajouter ou remplacer</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Supp&amp;rimer</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <extracomment>Tests the form's account (its key typed, else the one stored) as Settings' Test connection does the main one's: a lead setting up a merchant knows at once.</extracomment>
            <translation>&amp;Tester</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>A&amp;dresse :</translation>
        </message>
        <message>
            <source>&amp;E-commerce id:</source>
            <translation>Id &amp;e-commerce :</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Groupe :</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>&amp;Clé API :</translation>
        </message>
        <message>
            <source>The main account is the built-in sandbox: more accounts are its e-commerces, with no address and no key.</source>
            <translation>Le compte principal est l'environnement d'essai intégré : les autres comptes sont ses e-commerces, sans adresse ni clé.</translation>
        </message>
        <message>
            <source>none (built-in sandbox)</source>
            <translation>aucune (environnement d'essai intégré)</translation>
        </message>
        <message>
            <source>Each account needs its REVER API address (https://…) and its own key, kept in this computer's credential store.</source>
            <translation>Chaque compte a besoin de son adresse d'API REVER (https://…) et de sa propre clé, gardée dans le coffre d'identifiants de cet ordinateur.</translation>
        </message>
        <message>
            <source>The key is stored in this computer's credential store, never in a file; {env} in the environment wins over it. Leave it empty to keep a stored key.</source>
            <translation>La clé est enregistrée dans le coffre d'identifiants de cet ordinateur, jamais dans un fichier ; {env} dans l'environnement l'emporte sur elle. Laissez vide pour garder une clé enregistrée.</translation>
        </message>
        <message>
            <source>Choose the account to remove in the list (the main account is set in Settings).</source>
            <translation>Choisissez dans la liste le compte à supprimer (le compte principal s'indique dans Paramètres).</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Test en cours…</translation>
        </message>
        <message>
            <source>Type the key to test it: a stored key, or one from the environment, is only used for its own saved account, unchanged.</source>
            <translation>Tapez la clé pour la tester : une clé enregistrée, ou venue de l'environnement, ne sert qu'à son propre compte enregistré, inchangé.</translation>
        </message>
        <message>
            <source>The test itself failed ({error}); the details are in the log.</source>
            <translation>Le test lui-même a échoué ({error}) ; les détails sont dans le journal.</translation>
        </message>
    </context>
    <context>
        <name>ReverAdmin</name>
        <message>
            <source>Not sent: {problems}.</source>
            <extracomment>Label files are refused above this size (the upload limit of the station is the same). A list is followed at most this far: a server that hands out a new token with every page would otherwise be followed for ever (an exactly repeated token is caught sooner).</extracomment>
            <translation>Non envoyé : {problems}.</translation>
        </message>
        <message>
            <source>This return has no label yet.</source>
            <translation>Ce retour n'a pas encore d'étiquette.</translation>
        </message>
        <message>
            <source>REVER's list has more than {limit} returns, more than the station reads at once; it stopped there. Narrow it with a status or a search.</source>
            <translation>La liste de REVER compte plus de {limit} retours, plus que le poste n'en lit en une fois ; la lecture s'est arrêtée là. Affinez-la avec un statut ou une recherche.</translation>
        </message>
        <message>
            <source>REVER's list did not end after {limit} pages; the station stopped there. Narrow it with a status or a search.</source>
            <translation>La liste de REVER ne s'est pas terminée après {limit} pages ; le poste s'est arrêté là. Affinez-la avec un statut ou une recherche.</translation>
        </message>
        <message>
            <source>REVER sent the same page twice; the list stopped there.</source>
            <translation>REVER a envoyé deux fois la même page ; la liste s'est arrêtée là.</translation>
        </message>
        <message>
            <source>REVER has no list of returns at this address (HTTP 404).</source>
            <translation>REVER n'a pas de liste de retours à cette adresse (HTTP 404).</translation>
        </message>
        <message>
            <source>REVER's answer to the list request could not be read.</source>
            <translation>La réponse de REVER à la demande de liste est illisible.</translation>
        </message>
        <message>
            <source>Cannot list returns: {cause}</source>
            <translation>Impossible de lister les retours : {cause}</translation>
        </message>
    </context>
    <context>
        <name>Reversio</name>
        <message>
            <source>Product {n}</source>
            <extracomment>[doc 000] "a token has a validity of one hour": the lifetime taken when a JWT's payload says nothing readable about it. A token is renewed this long before its end (a tenth of a short test token's life)... An answer larger than this is refused unread: none of these calls comes near it. A self-care link longer than this is not printed as a QR code.</extracomment>
            <translation>Produit {n}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>est obligatoire</translation>
        </message>
        <message>
            <source>is not a field of a Revers.io order</source>
            <translation>n'est pas un champ d'une commande Revers.io</translation>
        </message>
        <message>
            <source>must be one of {values}</source>
            <translation>doit être l'une des valeurs {values}</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>doit être un nombre</translation>
        </message>
        <message>
            <source>Revers.io refused the request:</source>
            <translation>Revers.io a refusé la requête :</translation>
        </message>
        <message>
            <source>The order cannot be sent to Revers.io as it is:</source>
            <translation>La commande ne peut pas être envoyée telle quelle à Revers.io :</translation>
        </message>
        <message>
            <source>it gave no reason.</source>
            <translation>sans donner de raison.</translation>
        </message>
        <message>
            <source>Revers.io does not know this order.</source>
            <translation>Revers.io ne connaît pas cette commande.</translation>
        </message>
        <message>
            <source>Revers.io refused the subscription key or the secret. Ask the warehouse lead to check the Revers.io account in the settings.</source>
            <translation>Revers.io a refusé la clé d'abonnement ou le secret. Demandez au responsable de l'entrepôt de vérifier le compte Revers.io dans les paramètres.</translation>
        </message>
        <message>
            <source>This Revers.io account is not allowed to do that. Ask the warehouse lead.</source>
            <translation>Ce compte Revers.io n'a pas le droit de faire cela. Demandez au responsable de l'entrepôt.</translation>
        </message>
        <message>
            <source>Revers.io answered the token request with something that is not a token.</source>
            <extracomment>A JWT as plain text: three base64url parts (the signature may be empty).</extracomment>
            <translation>Revers.io a répondu à la demande de jeton par autre chose qu'un jeton.</translation>
        </message>
        <message>
            <source>it must start with https:// (plain http only to this computer)</source>
            <translation>elle doit commencer par https:// (http simple seulement vers cet ordinateur)</translation>
        </message>
        <message>
            <source>The Revers.io address “{url}” cannot be used: {why}. Fix it in the station settings or in REVDESK_REVERSIO_URL.</source>
            <translation>L'adresse Revers.io « {url} » est inutilisable : {why}. Corrigez-la dans les paramètres du poste ou dans REVDESK_REVERSIO_URL.</translation>
        </message>
        <message>
            <source>subscription key</source>
            <translation>clé d'abonnement</translation>
        </message>
        <message>
            <source>secret</source>
            <translation>secret</translation>
        </message>
        <message>
            <source>The Revers.io account {account} has no {what}. Set it in the settings or in the environment.</source>
            <translation>Il manque « {what} » au compte Revers.io {account}. Indiquez-le dans les paramètres ou dans l'environnement.</translation>
        </message>
        <message>
            <source>The Revers.io {what} has {why} in it. Paste it again, without anything around it.</source>
            <translation>Le champ Revers.io « {what} » contient {why}. Collez-le de nouveau, sans rien autour.</translation>
        </message>
        <message>
            <source>Revers.io did not answer in time. Check the network and try again.</source>
            <extracomment>Tokens fetched so far: a call that waited while one was fetched uses it.</extracomment>
            <translation>Revers.io n'a pas répondu à temps. Vérifiez le réseau et réessayez.</translation>
        </message>
        <message>
            <source>No connection to Revers.io. Check the network; nothing was changed.</source>
            <translation>Pas de connexion à Revers.io. Vérifiez le réseau ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Revers.io sent an answer too large to read.</source>
            <translation>Revers.io a envoyé une réponse trop volumineuse pour être lue.</translation>
        </message>
        <message>
            <source>Revers.io sent an answer the station cannot read.</source>
            <translation>Revers.io a envoyé une réponse que le poste ne peut pas lire.</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refusé</translation>
        </message>
        <message>
            <source>Revers.io is busy (too many requests). Wait a few seconds and try again.</source>
            <translation>Revers.io est occupé (trop de requêtes). Attendez quelques secondes et réessayez.</translation>
        </message>
        <message>
            <source>Revers.io had a problem on its side. Try again in a moment.</source>
            <translation>Revers.io a eu un problème de son côté. Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>Revers.io refused this request (HTTP {status}).</source>
            <translation>Revers.io a refusé cette requête (HTTP {status}).</translation>
        </message>
        <message>
            <source>Type an order reference first.</source>
            <translation>Tapez d'abord une référence de commande.</translation>
        </message>
        <message>
            <source>Revers.io took the order but did not say its id.</source>
            <translation>Revers.io a pris la commande mais n'a pas indiqué son id.</translation>
        </message>
        <message>
            <source>Type the Revers.io order id first.</source>
            <translation>Tapez d'abord l'id de commande Revers.io.</translation>
        </message>
        <message>
            <source>Revers.io did not give a link.</source>
            <translation>Revers.io n'a pas donné de lien.</translation>
        </message>
        <message>
            <source>Revers.io gave a link that is not a web address: {link}</source>
            <translation>Revers.io a donné un lien qui n'est pas une adresse web : {link}</translation>
        </message>
        <message>
            <source>is not an id of the form 00000000-0000-0000-0000-000000000000</source>
            <translation>n'est pas un id de la forme 00000000-0000-0000-0000-000000000000</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>est vide</translation>
        </message>
        <message>
            <source>is not a date and time such as 2021-06-01T14:46:28Z</source>
            <translation>n'est pas une date et heure comme 2021-06-01T14:46:28Z</translation>
        </message>
        <message>
            <source>Order reference</source>
            <extracomment>Plain words for the document's field names, in errors[] and in the station's own checks.</extracomment>
            <translation>Référence de commande</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Civilité</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Société</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <source>Address, second line</source>
            <translation>Adresse, deuxième ligne</translation>
        </message>
        <message>
            <source>Door code</source>
            <translation>Digicode</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>Étage</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Code pays</translation>
        </message>
        <message>
            <source>Address phone</source>
            <translation>Téléphone de l'adresse</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Purchase date</source>
            <translation>Date d'achat</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Model id</source>
            <translation>Id du modèle</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Order line</source>
            <translation>Ligne de commande</translation>
        </message>
        <message>
            <source>Supplier id</source>
            <translation>Id fournisseur</translation>
        </message>
        <message>
            <source>Shipping price</source>
            <translation>Frais de port</translation>
        </message>
        <message>
            <source>Sales channel</source>
            <translation>Canal de vente</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Magasin</translation>
        </message>
        <message>
            <source>Order id</source>
            <translation>Id de commande</translation>
        </message>
        <message>
            <source>(no status given)</source>
            <extracomment>The built-in sandbox takes any non-empty pair; these say what they are in a log line. The in-process origin the embedded sandbox answers on (as backend.EMBEDDED_URL). The problem in the operator's words ("" when there is a status). The error behind ``problem``, for a caller that sorts failures (the CLI's exit code).</extracomment>
            <translation>(aucun statut indiqué)</translation>
        </message>
        <message>
            <source>not known to this account</source>
            <translation>inconnue de ce compte</translation>
        </message>
        <message>
            <source>Revers.io</source>
            <translation>Revers.io</translation>
        </message>
        <message>
            <source>There is no Revers.io account named “{name}”.</source>
            <translation>Il n'y a pas de compte Revers.io nommé « {name} ».</translation>
        </message>
        <message>
            <source>A Revers.io key or secret is set but no Revers.io address: set REVDESK_REVERSIO_URL or add the account in the settings.</source>
            <translation>Une clé ou un secret Revers.io est indiqué, mais pas d'adresse Revers.io : indiquez REVDESK_REVERSIO_URL ou ajoutez le compte dans les paramètres.</translation>
        </message>
        <message>
            <source>The Revers.io account “{name}” has no subscription key or no secret. Set them in the settings, or in REVDESK_REVERSIO_SUBSCRIPTION_KEY and REVDESK_REVERSIO_SECRET.</source>
            <translation>Le compte Revers.io « {name} » n'a pas de clé d'abonnement ou pas de secret. Indiquez-les dans les paramètres, ou dans REVDESK_REVERSIO_SUBSCRIPTION_KEY et REVDESK_REVERSIO_SECRET.</translation>
        </message>
        <message>
            <source>Finish your return online</source>
            <translation>Terminez votre retour en ligne</translation>
        </message>
        <message>
            <source>Order: {order}</source>
            <translation>Commande : {order}</translation>
        </message>
        <message>
            <source>Revers.io order id: {id}</source>
            <translation>Id de commande Revers.io : {id}</translation>
        </message>
        <message>
            <source>Account: {account}</source>
            <translation>Compte : {account}</translation>
        </message>
        <message>
            <source>Scan the code with your phone's camera.</source>
            <translation>Scannez le code avec l'appareil photo de votre téléphone.</translation>
        </message>
    </context>
    <context>
        <name>ReversioAccounts</name>
        <message>
            <source>Set by {names} in the environment (what is typed here is stored, but the environment's are used).</source>
            <extracomment>As ``revdesk reversio account-add`` allows.</extracomment>
            <translation>Fixés par {names} dans l'environnement (ce qui est tapé ici est enregistré, mais ce sont ceux de l'environnement qui servent).</translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <source>{name} in the environment is used for this run, whatever is stored.</source>
            <translation>{name} dans l'environnement sert pour cette exécution, quelle que soit la valeur enregistrée.</translation>
        </message>
        <message>
            <source>Type the account's address, then its subscription key and secret.</source>
            <translation>Tapez l'adresse du compte, puis sa clé d'abonnement et son secret.</translation>
        </message>
        <message>
            <source>A key and secret are stored in this computer's credential store for this address — leave both empty to keep them.</source>
            <translation>Une clé et un secret sont enregistrés dans le coffre d'identifiants de cet ordinateur pour cette adresse — laissez les deux vides pour les garder.</translation>
        </message>
        <message>
            <source>No key and secret are stored for this address — type both here.</source>
            <translation>Clé et secret non enregistrés pour cette adresse — tapez les deux ici.</translation>
        </message>
        <message>
            <source>from the environment</source>
            <translation>de l'environnement</translation>
        </message>
        <message>
            <source>stored</source>
            <translation>enregistrés</translation>
        </message>
        <message>
            <source>MISSING</source>
            <translation>MANQUANTS</translation>
        </message>
        <message>
            <source>Revers.io accounts</source>
            <translation>Comptes Revers.io</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Key and secret</source>
            <translation>Clé et secret</translation>
        </message>
        <message>
            <source>Set for this run by the environment (wins over what you save here): {names}</source>
            <translation>Fixé pour cette exécution par l'environnement (l'emporte sur ce que vous enregistrez ici) : {names}</translation>
        </message>
        <message>
            <source>&amp;Add or replace</source>
            <translation>&amp;Ajouter ou remplacer</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Supp&amp;rimer</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>A&amp;dresse :</translation>
        </message>
        <message>
            <source>Subscription &amp;key:</source>
            <translation>&amp;Clé d'abonnement :</translation>
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation>&amp;Secret :</translation>
        </message>
        <message>
            <source>Give the account a name (printable characters only).</source>
            <translation>Donnez un nom au compte (caractères imprimables uniquement).</translation>
        </message>
        <message>
            <source>Type both the subscription key and the secret: they are stored together. Nothing was saved.</source>
            <translation>Tapez la clé d'abonnement et le secret : ils sont enregistrés ensemble. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>No key and secret are stored for this address: type both. Nothing was saved.</source>
            <translation>Clé et secret non enregistrés pour cette adresse : tapez les deux. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Choose the account to remove in the list.</source>
            <translation>Choisissez dans la liste le compte à supprimer.</translation>
        </message>
    </context>
    <context>
        <name>ReversioCli</name>
        <message>
            <source>Revers.io from the built-in sandbox (no Revers.io account set)</source>
            <translation>Revers.io depuis l'environnement d'essai intégré (aucun compte Revers.io configuré)</translation>
        </message>
        <message>
            <source>no Revers.io account named “{name}”; the accounts: {names}</source>
            <translation>pas de compte Revers.io nommé « {name} » ; les comptes : {names}</translation>
        </message>
        <message>
            <source>several Revers.io accounts: choose one with --account ({names})</source>
            <translation>plusieurs comptes Revers.io : choisissez-en un avec --account ({names})</translation>
        </message>
        <message>
            <source>give an order reference</source>
            <translation>indiquez une référence de commande</translation>
        </message>
        <message>
            <source>no Revers.io account knows the order {reference}</source>
            <translation>aucun compte Revers.io ne connaît la commande {reference}</translation>
        </message>
        <message>
            <source>Revers.io could not be asked: see the rows above</source>
            <translation>Revers.io n'a pas pu être interrogé : voir les lignes ci-dessus</translation>
        </message>
        <message>
            <source>cannot read {file}: {why}</source>
            <extracomment>An order file larger than this is not one (the document's example is about 2 kB).</extracomment>
            <translation>impossible de lire {file} : {why}</translation>
        </message>
        <message>
            <source>{file} is not a regular file</source>
            <translation>{file} n'est pas un fichier ordinaire</translation>
        </message>
        <message>
            <source>{file} is too large for an order</source>
            <translation>{file} est trop volumineux pour une commande</translation>
        </message>
        <message>
            <source>{file} is not JSON: {why}</source>
            <translation>{file} n'est pas du JSON : {why}</translation>
        </message>
        <message>
            <source>{file} is not a JSON object</source>
            <translation>{file} n'est pas un objet JSON</translation>
        </message>
        <message>
            <source>no Revers.io account: the built-in sandbox serves Revers.io</source>
            <translation>pas de compte Revers.io : l'environnement d'essai intégré sert Revers.io</translation>
        </message>
        <message>
            <source>key and secret set</source>
            <translation>clé et secret indiqués</translation>
        </message>
        <message>
            <source>key or secret MISSING</source>
            <translation>clé ou secret MANQUANT</translation>
        </message>
        <message>
            <source>give the account a name of up to 60 printable characters</source>
            <translation>donnez au compte un nom de 60 caractères imprimables au plus</translation>
        </message>
        <message>
            <source>both the subscription key and the secret are needed; nothing was saved</source>
            <translation>la clé d'abonnement et le secret sont tous deux nécessaires ; rien n'a été enregistré</translation>
        </message>
        <message>
            <source>Revers.io account {name} saved; its key and secret are in the credential store</source>
            <translation>Compte Revers.io {name} enregistré ; sa clé et son secret sont dans le coffre d'identifiants</translation>
        </message>
    </context>
    <context>
        <name>ReversioDialog</name>
        <message>
            <source>Order reference</source>
            <extracomment>The walk-in form: (the document's path, its label). Each field gets an error line.
----------
The customer's order reference of the link, when known (the slip shows it). (account, order id, reference) of the order last chosen or imported.</extracomment>
            <translation>Référence de commande</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Code pays</translation>
        </message>
        <message>
            <source>Purchase date (UTC)</source>
            <translation>Date d'achat (UTC)</translation>
        </message>
        <message>
            <source>Product model id</source>
            <translation>Id du modèle de produit</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Sales channel</source>
            <translation>Canal de vente</translation>
        </message>
        <message>
            <source>Revers.io</source>
            <translation>Revers.io</translation>
        </message>
        <message>
            <source>Order status</source>
            <translation>Statut de commande</translation>
        </message>
        <message>
            <source>Walk-in order</source>
            <translation>Commande au guichet</translation>
        </message>
        <message>
            <source>Self-care link</source>
            <translation>Lien libre-service</translation>
        </message>
        <message>
            <source>&amp;Look up</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Order id</source>
            <translation>Id de commande</translation>
        </message>
        <message>
            <source>Self-care link for this order</source>
            <translation>Lien libre-service de cette commande</translation>
        </message>
        <message>
            <source>Type an order reference first.</source>
            <translation>Tapez d'abord une référence de commande.</translation>
        </message>
        <message>
            <source>Asking Revers.io…</source>
            <translation>Interrogation de Revers.io…</translation>
        </message>
        <message>
            <source>Revers.io order status</source>
            <translation>Statut de commande Revers.io</translation>
        </message>
        <message numerus="yes">
            <source>Known to %n account(s).</source>
            <translation>
                <numerusform>Connue de %n compte.</numerusform>
                <numerusform>Connue de %n comptes.</numerusform>
            </translation>
        </message>
        <message>
            <source>No account knows this order.</source>
            <translation>Aucun compte ne connaît cette commande.</translation>
        </message>
        <message>
            <source>(not said)</source>
            <translation>(non précisé)</translation>
        </message>
        <message>
            <source>Mr</source>
            <translation>M.</translation>
        </message>
        <message>
            <source>Mrs</source>
            <translation>Mme</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Civilité</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Magasin</translation>
        </message>
        <message>
            <source>&amp;Import order</source>
            <translation>&amp;Importer la commande</translation>
        </message>
        <message>
            <source>Sending the order…</source>
            <translation>Envoi de la commande…</translation>
        </message>
        <message>
            <source>Imported on {account}: order id {id}.</source>
            <translation>Importée sur {account} : id de commande {id}.</translation>
        </message>
        <message>
            <source>Revers.io import</source>
            <translation>Import Revers.io</translation>
        </message>
        <message>
            <source>See the fields marked in red.</source>
            <translation>Voir les champs marqués en rouge.</translation>
        </message>
        <message>
            <source>Revers.io order id</source>
            <translation>Id de commande Revers.io</translation>
        </message>
        <message>
            <source>&amp;Create link</source>
            <translation>&amp;Créer le lien</translation>
        </message>
        <message>
            <source>&amp;Print slip</source>
            <translation>Im&amp;primer le ticket</translation>
        </message>
        <message>
            <source>Type the Revers.io order id first.</source>
            <translation>Tapez d'abord l'id de commande Revers.io.</translation>
        </message>
        <message>
            <source>Asking Revers.io for a link…</source>
            <translation>Demande d'un lien à Revers.io…</translation>
        </message>
        <message>
            <source>Link made on {account}. Print the slip for the customer.</source>
            <translation>Lien créé sur {account}. Imprimez le ticket pour le client.</translation>
        </message>
        <message>
            <source>Revers.io self-care link</source>
            <translation>Lien libre-service Revers.io</translation>
        </message>
        <message>
            <source>Print slip</source>
            <translation>Imprimer le ticket</translation>
        </message>
        <message>
            <source>The slip was sent to the intake printer.</source>
            <translation>Le ticket a été envoyé à l'imprimante des étiquettes d'entrée.</translation>
        </message>
    </context>
    <context>
        <name>ScanPanel</name>
        <message>
            <source>Scan action:</source>
            <extracomment>The only Ctrl shortcuts the scan box keeps for itself. The pace of the keys typed since the last scanner-like key: a Tab ends a scan only after a scanner's burst.</extracomment>
            <translation>Action du scan :</translation>
        </message>
        <message>
            <source>Scan here (or type a process id and Enter)</source>
            <translation>Scannez ici (ou tapez un identifiant puis Entrée)</translation>
        </message>
        <message>
            <source>Scan here (or type an id)</source>
            <translation>Scannez ici (ou tapez un id)</translation>
        </message>
        <message>
            <source>Scan here</source>
            <translation>Scannez ici</translation>
        </message>
        <message>
            <source>Scan box</source>
            <translation>Zone de scan</translation>
        </message>
        <message>
            <source>Recent scans</source>
            <extracomment>Open while a status scan's several matches wait for the operator's choice. Open while a CANCELED / ERROR scan waits for the operator's yes (setting scan.risky_actions = "confirm"), or an undo of an old scan does.</extracomment>
            <translation>Derniers scans</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>Consulter</translation>
        </message>
        <message>
            <source>raw: “{raw}”</source>
            <translation>lu : « {raw} »</translation>
        </message>
        <message>
            <source>{action}? Confirm on screen</source>
            <translation>{action} ? Confirmez à l'écran</translation>
        </message>
        <message>
            <source>Set {action}?</source>
            <translation>Passer en {action} ?</translation>
        </message>
        <message>
            <source>Set the return scanned as “{raw}” to {action}?

The scan action stays {action}: every scan asks.</source>
            <translation>Passer en {action} le retour scanné « {raw} » ?

L'action du scan reste {action} : chaque scan le demande.</translation>
        </message>
        <message>
            <source>Set {action}</source>
            <translation>Passer en {action}</translation>
        </message>
        <message>
            <source>Don't change it</source>
            <translation>Ne pas modifier</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Rien à annuler</translation>
        </message>
        <message>
            <source>{s} s ago</source>
            <translation>il y a {s} s</translation>
        </message>
        <message>
            <source>{m} min ago</source>
            <translation>il y a {m} min</translation>
        </message>
        <message>
            <source>Undo an older scan?</source>
            <translation>Annuler un scan plus ancien ?</translation>
        </message>
        <message>
            <source>The last scan was {when}: {pid} set to {new}.

Undo it and set {pid} back to {old}? (Undo takes back a scan of the last {limit} s without asking.)</source>
            <translation>Dernier scan, {when} : {pid} passé à {new}.

L'annuler et remettre {pid} à {old} ? (L'annulation reprend sans demander un scan des {limit} dernières secondes.)</translation>
        </message>
        <message>
            <source>Undo {pid}</source>
            <translation>Annuler {pid}</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Le garder</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting…</source>
            <translation>
                <numerusform>%n en attente…</numerusform>
                <numerusform>%n en attente…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScanPipeline</name>
        <message>
            <source>pick {n} of {count}</source>
            <extracomment>How many matches a look-up by order or tracking number asks for. The status of a cancelled return (it stays so: a scan never changes it). Scan results kept for undo and the recent list. Scans checked at once (their reads of REVER overlap). Four keep pace with a parcel every 2 s while REVER takes up to ~8 s a read (bench/scan_slow.py), and stay a small load on REVER and on a Wi-Fi that struggles. The return it is about, as far as known when it starts (else its read). The scan started just before it (until this one is told): its change is written first, its result told first. Its change is durable in the outbox, or it makes none: the next may write. Its final outcome was told: it is over. It holds one of the CHECKS_AT_ONCE places until decided. Where each status scan is written the moment it is accepted (None: memory only). The Storefront API, when the station has one: an order number that neither the list nor REVER's search knows is looked up there last. A cancelled return is not set to another status by a scan: the lead decides. The returns list the station holds: a scan is looked for there first (no network). The station's scan settings in force (read when a scan needs them): what a CANCELED or ERROR scan leaves selected after it. The latest status scan that matched several returns, until one is chosen (a digit in the pick list, or a second scan of the same parcel) or another parcel is scanned. A scan was queued, became final, or was settled later by the outbox (the same object each time, updated in place). The pipeline changed the scan action by itself (back to the default after a one-scan action). Queued scans (and undos) by their outbox entry, until REVER settles them. A scan the worker took from the queue and has not started yet (it waits for a place, or for an earlier scan of its return, or for every scan before an undo). Scans started and not told yet, by their seq (in scan order), and the latest. The newest scan whose check has begun: a pick list is kept for the scan after it only if no other parcel was scanned since. The journal row of the scan being accepted again at a start (see recover). Journal writes under way, by scan seq (each done within one group commit).</extracomment>
            <translation>choix {n} sur {count}</translation>
        </message>
        <message>
            <source>Scanned at {when}, before the station stopped: too long ago to apply now. Check the parcel's return.</source>
            <translation>Scanné à {when}, avant l'arrêt du poste : trop ancien pour être appliqué maintenant. Vérifiez le retour du colis.</translation>
        </message>
        <message>
            <source>Something went wrong inside the station ({kind}).</source>
            <translation>Une erreur s'est produite dans le poste ({kind}).</translation>
        </message>
    </context>
    <context>
        <name>ScanResolution</name>
        <message>
            <source>process id</source>
            <extracomment>Longer reads are not resolved at all: every step below stays bounded (the contract's ids are at most this long, and no carrier barcode is longer). Keys tried per scan, at most: a read yields a handful; more would only be guesses. Searches REVER is asked per scan, at most (each one is a request while the parcel waits). Matches kept for a pick list. AIM symbology identifiers that say the data is GS1 (GS1-128, DataMatrix, QR, DataBar, DotCode). Separators a scanner sends for FNC1 / between MaxiCode fields. Application identifiers whose value may be what a carrier tracks a parcel by.</extracomment>
            <translation>identifiant</translation>
        </message>
        <message>
            <source>tracking</source>
            <translation>suivi</translation>
        </message>
        <message>
            <source>order</source>
            <translation>commande</translation>
        </message>
        <message>
            <source>order id</source>
            <translation>id de commande</translation>
        </message>
        <message>
            <source>REVER, process id {id}</source>
            <extracomment>What a read sent to REVER as a process id nobody knows must look like (see :func:`may_be_process_id`): an identifier of letters and digits, not a word, a number, a symbol or text in another script. "list" (the station's returns list), "REVER" or "Storefront".</extracomment>
            <translation>REVER, identifiant {id}</translation>
        </message>
        <message>
            <source>Storefront (no answer)</source>
            <translation>Storefront (pas de réponse)</translation>
        </message>
        <message>
            <source>{field} {key} → {id}</source>
            <extracomment>Set when the operator chose from a pick list, or a second scan narrowed it.</extracomment>
            <translation>{field} {key} → {id}</translation>
        </message>
        <message>
            <source>the station's list (process id, tracking, order)</source>
            <translation>la liste du poste (identifiant, suivi, commande)</translation>
        </message>
        <message>
            <source>REVER search {key}</source>
            <translation>recherche REVER {key}</translation>
        </message>
        <message>
            <source>Storefront order {key}</source>
            <translation>commande Storefront {key}</translation>
        </message>
        <message>
            <source>second scan</source>
            <translation>deuxième scan</translation>
        </message>
    </context>
    <context>
        <name>SettingsCli</name>
        <message numerus="yes">
            <source>Imported: %n setting(s) changed in {path}.</source>
            <translation>
                <numerusform>Importé : %n paramètre modifié depuis {path}.</numerusform>
                <numerusform>Importé : %n paramètres modifiés depuis {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Station settings</source>
            <extracomment>Offered as a starting point: the sandbox's (and REVER's demo) process ids. The environment variables that win over what Settings saves, for this run.</extracomment>
            <translation>Paramètres du poste</translation>
        </message>
        <message>
            <source>Set for this run by the environment (wins over what you save here): {names}</source>
            <translation>Fixé pour cette exécution par l'environnement (l'emporte sur ce que vous enregistrez ici) : {names}</translation>
        </message>
        <message>
            <source>e.g. {pattern} (empty: anything)</source>
            <translation>par ex. {pattern} (vide : tout)</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>Consulter</translation>
        </message>
        <message>
            <source>go back to the default action</source>
            <translation>revenir à l'action par défaut</translation>
        </message>
        <message>
            <source>stay, and ask before each scan</source>
            <translation>la garder, et demander avant chaque scan</translation>
        </message>
        <message>
            <source>scan here to try the clean-up</source>
            <translation>scannez ici pour essayer le nettoyage</translation>
        </message>
        <message>
            <source>Play a sound after every scan</source>
            <translation>Jouer un son après chaque scan</translation>
        </message>
        <message>
            <source>This computer cannot play sounds now ({why}).</source>
            <translation>Cet ordinateur ne peut pas jouer de sons pour le moment ({why}).</translation>
        </message>
        <message>
            <source>Computer's language</source>
            <translation>Langue de l'ordinateur</translation>
        </message>
        <message>
            <source>at midnight</source>
            <translation>à minuit</translation>
        </message>
        <message>
            <source>when an operator signs in</source>
            <translation>quand un opérateur se connecte</translation>
        </message>
        <message>
            <source>This warehouse (the address on logistic orders)</source>
            <translation>Cet entrepôt (l'adresse des ordres logistiques)</translation>
        </message>
        <message>
            <source>Type the API address too: Save stores the key for that address.</source>
            <extracomment>The e-commerce the built-in sandbox uses when none is set (backend.open_backend).</extracomment>
            <translation>Saisissez aussi l'adresse de l'API : Enregistrer range la clé pour cette adresse.</translation>
        </message>
        <message>
            <source>Save replaces the key stored for this address with the one typed.</source>
            <translation>Enregistrer remplace la clé rangée pour cette adresse par celle saisie.</translation>
        </message>
        <message>
            <source>Save stores the key typed in this computer's credential store, for this address.</source>
            <translation>Enregistrer range la clé saisie dans le coffre d'identifiants de cet ordinateur, pour cette adresse.</translation>
        </message>
        <message>
            <source>Set by REVDESK_API_KEY in the environment (a key typed here is stored, but the environment's is used).</source>
            <translation>Fixée par REVDESK_API_KEY dans l'environnement (une clé tapée ici est enregistrée, mais c'est celle de l'environnement qui sert).</translation>
        </message>
        <message>
            <source>A key is stored in this computer's credential store — leave empty to keep it.</source>
            <translation>Une clé est enregistrée dans le coffre d'identifiants de cet ordinateur — laissez vide pour la garder.</translation>
        </message>
        <message>
            <source>No key set — the station uses the built-in sandbox.</source>
            <translation>Aucune clé — le poste utilise l'environnement d'essai intégré.</translation>
        </message>
        <message>
            <source>No key is stored for this address — type it here.</source>
            <translation>Aucune clé enregistrée pour cette adresse — tapez-la ici.</translation>
        </message>
        <message>
            <source>Set by REVDESK_MERCHANT_KEY in the environment.</source>
            <translation>Fixée par REVDESK_MERCHANT_KEY dans l'environnement.</translation>
        </message>
        <message>
            <source>No merchant platform set — not used.</source>
            <translation>Aucune plateforme marchande — non utilisée.</translation>
        </message>
        <message>
            <source>Connection to REVER</source>
            <translation>Connexion à REVER</translation>
        </message>
        <message>
            <source>empty: {name}</source>
            <translation>vide : {name}</translation>
        </message>
        <message>
            <source>More REVER accounts…</source>
            <translation>Autres comptes REVER…</translation>
        </message>
        <message>
            <source>A group is the id REVER gives a company with several shops (brands): set it instead of an e-commerce id to work with all of them.</source>
            <translation>Un groupe est l'id que REVER donne à une entreprise qui a plusieurs boutiques (marques) : indiquez-le à la place d'un id e-commerce pour travailler avec toutes.</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>API &amp;address:</source>
            <translation>&amp;Adresse de l'API :</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>&amp;Clé API :</translation>
        </message>
        <message>
            <source>Account name:</source>
            <translation>Nom du compte :</translation>
        </message>
        <message>
            <source>&amp;E-commerce id:</source>
            <translation>Id &amp;e-commerce :</translation>
        </message>
        <message>
            <source>E-commerce &amp;group:</source>
            <translation>&amp;Groupe e-commerce :</translation>
        </message>
        <message>
            <source>leave empty to keep the stored key</source>
            <translation>laissez vide pour garder la clé enregistrée</translation>
        </message>
        <message>
            <source>{name} (from {variable})</source>
            <translation>{name} (depuis {variable})</translation>
        </message>
        <message>
            <source>{name} (sandbox default)</source>
            <translation>{name} (par défaut de l'essai)</translation>
        </message>
        <message>
            <source>your shop's id at REVER</source>
            <translation>l'id de votre boutique chez REVER</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Test en cours…</translation>
        </message>
        <message>
            <source>The test itself failed ({error}); the details are in the log.</source>
            <translation>Le test lui-même a échoué ({error}) ; les détails sont dans le journal.</translation>
        </message>
        <message>
            <source>Other platforms</source>
            <translation>Autres plateformes</translation>
        </message>
        <message>
            <source>empty: order numbers are not looked up there</source>
            <translation>vide : les numéros de commande n'y sont pas recherchés</translation>
        </message>
        <message>
            <source>empty: not used</source>
            <translation>vide : non utilisée</translation>
        </message>
        <message>
            <source>empty: the slip's code carries the return and its token alone</source>
            <translation>vide : le code du ticket ne porte que le retour et son jeton</translation>
        </message>
        <message>
            <source>Where a walk-in customer finishes a return started at the desk: the slip's QR code opens it with the return and the customer's token.</source>
            <translation>Où un client au guichet termine un retour commencé au poste : le QR code du ticket l'ouvre avec le retour et le jeton du client.</translation>
        </message>
        <message>
            <source>Re&amp;vers.io accounts…</source>
            <translation>Comptes Re&amp;vers.io…</translation>
        </message>
        <message>
            <source>Storefront API:</source>
            <translation>API Storefront :</translation>
        </message>
        <message>
            <source>Merchant platform:</source>
            <translation>Plateforme marchande :</translation>
        </message>
        <message>
            <source>Merchant key:</source>
            <translation>Clé marchande :</translation>
        </message>
        <message>
            <source>Returns page:</source>
            <translation>Page des retours :</translation>
        </message>
        <message>
            <source>Revers.io:</source>
            <translation>Revers.io :</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Station &amp;name:</source>
            <translation>&amp;Nom du poste :</translation>
        </message>
        <message>
            <source>&amp;Operator:</source>
            <translation>&amp;Opérateur :</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>A shift starts:</source>
            <translation>Un service commence :</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>Strip &amp;prefix:</source>
            <translation>Retirer le &amp;préfixe :</translation>
        </message>
        <message>
            <source>Strip s&amp;uffix:</source>
            <translation>Retirer le s&amp;uffixe :</translation>
        </message>
        <message>
            <source>Process id &amp;pattern (regex):</source>
            <translation>&amp;Motif de l'identifiant (regex) :</translation>
        </message>
        <message>
            <source>&amp;Default scan action:</source>
            <translation>Action de scan par &amp;défaut :</translation>
        </message>
        <message>
            <source>After a CANCELED or ERROR scan:</source>
            <translation>Après un scan CANCELED ou ERROR :</translation>
        </message>
        <message>
            <source>&amp;Try:</source>
            <translation>Es&amp;sayer :</translation>
        </message>
        <message>
            <source>The pattern is not valid: {error}</source>
            <translation>Le motif n'est pas valide : {error}</translation>
        </message>
        <message>
            <source>✔ process id “{pid}”</source>
            <translation>✔ identifiant « {pid} »</translation>
        </message>
        <message>
            <source>✖ not a process id (“{raw}”)</source>
            <translation>✖ pas un identifiant (« {raw} »)</translation>
        </message>
        <message>
            <source>Storefront API</source>
            <translation>API Storefront</translation>
        </message>
        <message>
            <source>merchant platform</source>
            <translation>plateforme marchande</translation>
        </message>
        <message>
            <source>returns page</source>
            <translation>page des retours</translation>
        </message>
        <message>
            <source>{what}: {why}</source>
            <translation>{what} : {why}</translation>
        </message>
        <message>
            <source>Set the API address before the key.</source>
            <translation>Indiquez l'adresse de l'API avant la clé.</translation>
        </message>
        <message>
            <source>Set the merchant platform's address before its key.</source>
            <translation>Indiquez l'adresse de la plateforme marchande avant sa clé.</translation>
        </message>
        <message>
            <source>revdesk settings (*.json)</source>
            <extracomment>The changes listed in the confirmation at most; the rest are counted.</extracomment>
            <translation>paramètres revdesk (*.json)</translation>
        </message>
        <message>
            <source>E&amp;xport settings…</source>
            <translation>E&amp;xporter les paramètres…</translation>
        </message>
        <message>
            <source>Save the settings stations share to a file, for other stations: no key, no station name, operator or printer</source>
            <translation>Enregistrer dans un fichier les paramètres communs aux postes, pour d'autres postes : ni clé, ni nom de poste, ni opérateur, ni imprimante</translation>
        </message>
        <message>
            <source>&amp;Import settings…</source>
            <translation>&amp;Importer des paramètres…</translation>
        </message>
        <message>
            <source>Apply a file exported on another station; this station keeps its name, operator, printers and keys</source>
            <translation>Appliquer un fichier exporté sur un autre poste ; ce poste garde son nom, son opérateur, ses imprimantes et ses clés</translation>
        </message>
        <message>
            <source>Export settings</source>
            <translation>Exporter les paramètres</translation>
        </message>
        <message>
            <source>Exported to {path}: no key, station name, operator or printer in it. Settings not saved yet are not in it either.</source>
            <translation>Exporté dans {path} : sans clé, nom de poste, opérateur ni imprimante. Les paramètres pas encore enregistrés n'y sont pas non plus.</translation>
        </message>
        <message>
            <source>Import settings</source>
            <translation>Importer des paramètres</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…et %n autre.</numerusform>
                <numerusform>…et %n autres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Apply %n change(s) from {path}? They are saved at once, and edits not saved in this dialog are dropped.</source>
            <translation>
                <numerusform>Appliquer %n modification de {path} ? Elle est enregistrée aussitôt, et les saisies non enregistrées dans cette fenêtre sont perdues.</numerusform>
                <numerusform>Appliquer %n modifications de {path} ? Elles sont enregistrées aussitôt, et les saisies non enregistrées dans cette fenêtre sont perdues.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import cancelled: nothing was changed.</source>
            <translation>Import annulé : rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>SettingsStore</name>
        <message>
            <source>The settings file {file} is damaged and could not be read: every setting is back to its default (station name, API address, printers). The file as it was is kept as {kept}.</source>
            <extracomment>The one thing said about the key: that it changed (its name, never its value). What a change of these settings needs: a new connection (client, outbox, caches). The Storefront and merchant clients are made with the backend (``backend.open_backend``), so their addresses are here too. The walk-in's ``returns_portal_url`` and the Revers.io accounts need none: both are read from the settings in force at each use. False: the file could not be written; the change holds for this run only. The merchant platform's key was stored anew (its client holds the old one).</extracomment>
            <translation>Le fichier de paramètres {file} est endommagé et n'a pas pu être lu : tous les paramètres reviennent à leur valeur par défaut (nom du poste, adresse de l'API, imprimantes). Le fichier tel qu'il était est conservé sous {kept}.</translation>
        </message>
        <message>
            <source>{file} (not renamed: {why})</source>
            <translation>{file} (non renommé : {why})</translation>
        </message>
        <message>
            <source>the {setting} ({why})</source>
            <translation>{setting} ({why})</translation>
        </message>
        <message>
            <source>In the settings file {file}, {parts} could not be used and was reset to the default.</source>
            <translation>Dans le fichier de paramètres {file}, {parts} n'a pas pu être utilisé et a été remis à sa valeur par défaut.</translation>
        </message>
        <message>
            <source>In the settings file {file}, {parts} could not be used and were reset to the default.</source>
            <translation>Dans le fichier de paramètres {file}, {parts} n'ont pas pu être utilisés et ont été remis à leur valeur par défaut.</translation>
        </message>
        <message>
            <source>Choose the printer again (Labels → Label printers…).</source>
            <translation>Choisissez à nouveau l'imprimante (Étiquettes → Imprimantes d'étiquettes…).</translation>
        </message>
        <message>
            <source>Every other setting is kept; the file as it was is kept as {kept}.</source>
            <translation>Tous les autres paramètres sont conservés ; le fichier tel qu'il était est conservé sous {kept}.</translation>
        </message>
        <message>
            <source>carrier-label printer</source>
            <extracomment>A top-level setting in the operator's words, for the warning that it was reset.</extracomment>
            <translation>l'imprimante de l'étiquette transporteur</translation>
        </message>
        <message>
            <source>intake-label printer</source>
            <translation>l'imprimante de l'étiquette d'entrée</translation>
        </message>
        <message>
            <source>scan settings</source>
            <translation>les paramètres de scan</translation>
        </message>
        <message>
            <source>warehouse address</source>
            <translation>l'adresse de l'entrepôt</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>l'adresse de l'API</translation>
        </message>
        <message>
            <source>Storefront API address</source>
            <translation>l'adresse de l'API Storefront</translation>
        </message>
        <message>
            <source>returns page address</source>
            <translation>l'adresse de la page des retours</translation>
        </message>
        <message>
            <source>e-commerce id</source>
            <translation>l'id d'e-commerce</translation>
        </message>
    </context>
    <context>
        <name>SettingsTransfer</name>
        <message>
            <source>Could not write {path}: {why}.</source>
            <extracomment>Far beyond any export (about 2 kB): a bigger file is not one, and is never read whole. The station's own settings: never exported, and kept on import. A printer profile's device: this computer's. Its stock and dpi are shared. Words that mark a field as a secret: such a field is refused, never read. The settings whose text may hold control characters: a scanner's prefix or suffix (a GS, a CR) is one. Anywhere else a control character is a hostile or damaged file. Checked as Settings checks them (https, or http to this computer); the walk-in's returns page too: its address goes into every slip's QR code. Each ``rever_accounts[].api_url`` is checked the same way (:func:`plan_import`). No setting's text comes near this (an address, a pattern, a street): a longer one is not a setting someone typed.</extracomment>
            <translation>Impossible d'écrire {path} : {why}.</translation>
        </message>
        <message>
            <source>Could not read {path}: {why}.</source>
            <extracomment>The file's station-own fields, ignored (this station's own values are kept). The API address changes: this station needs its key for the new one. More REVER accounts new or changed by the file: each needs its key on this station.</extracomment>
            <translation>Impossible de lire {path} : {why}.</translation>
        </message>
        <message>
            <source>{path} is not a settings export (it is not JSON text).</source>
            <translation>{path} n'est pas un export de paramètres (ce n'est pas du texte JSON).</translation>
        </message>
        <message>
            <source>{path} is not a revdesk settings export (it has no "format": "revdesk-settings").</source>
            <translation>{path} n'est pas un export de paramètres revdesk (il n'a pas de "format": "revdesk-settings").</translation>
        </message>
        <message>
            <source>{path} is a settings export of another version ({version}); this revdesk reads version {ours}.</source>
            <translation>{path} est un export de paramètres d'une autre version ({version}) ; ce revdesk lit la version {ours}.</translation>
        </message>
        <message>
            <source>{path} has no settings in it.</source>
            <translation>{path} ne contient aucun paramètre.</translation>
        </message>
        <message>
            <source>The file's REVER accounts cannot be used: {why} Nothing was changed.</source>
            <translation>Les comptes REVER du fichier sont inutilisables : {why} Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>not a setting revdesk knows</source>
            <translation>pas un paramètre connu de revdesk</translation>
        </message>
        <message>
            <source>The file's setting “{name}” cannot be used: {why}. Nothing was changed.</source>
            <translation>Le paramètre « {name} » du fichier est inutilisable : {why}. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The file's language “{code}” is not one revdesk has ({codes}). Nothing was changed.</source>
            <translation>La langue « {code} » du fichier n'est pas une langue de revdesk ({codes}). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The file's “{name}” cannot be used: {why} Nothing was changed.</source>
            <translation>« {name} » du fichier est inutilisable : {why} Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{path} holds “{name}”: a key or a secret is never imported. Remove it from the file (set keys on each station). Nothing was changed.</source>
            <translation>{path} contient « {name} » : une clé ou un secret n'est jamais importé. Retirez-le du fichier (indiquez les clés sur chaque poste). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The file's setting “{name}” is longer than {limit} characters: not a setting. Nothing was changed.</source>
            <translation>Le paramètre « {name} » du fichier dépasse {limit} caractères : ce n'est pas un paramètre. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The file's setting “{name}” has a control character in it. Nothing was changed.</source>
            <translation>Le paramètre « {name} » du fichier contient un caractère de contrôle. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{path} is not a regular file: choose a file to export to.</source>
            <translation>{path} n'est pas un fichier ordinaire : choisissez un fichier où exporter.</translation>
        </message>
        <message>
            <source>{path} is not a regular file.</source>
            <translation>{path} n'est pas un fichier normal.</translation>
        </message>
        <message>
            <source>{path} is larger than {limit} kB: not a settings export. Nothing was changed.</source>
            <translation>{path} dépasse {limit} ko : ce n'est pas un export de paramètres. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>No setting changes: the file matches this station.</source>
            <translation>Aucun paramètre modifié : le fichier correspond à ce poste.</translation>
        </message>
        <message>
            <source>Kept as this station has them: {names}.</source>
            <translation>Gardés tels que ce poste les a : {names}.</translation>
        </message>
        <message>
            <source>The API address changes: set this station's API key for it (keys are never imported).</source>
            <translation>L'adresse de l'API change : indiquez la clé API de ce poste pour elle (les clés ne sont jamais importées).</translation>
        </message>
        <message>
            <source>Set the key of these REVER accounts on this station (keys are never imported): {names}.</source>
            <translation>Indiquez sur ce poste la clé de ces comptes REVER (les clés ne sont jamais importées) : {names}.</translation>
        </message>
    </context>
    <context>
        <name>Shelf</name>
        <message>
            <source>The return is cancelled: pull the parcel back and put it aside for the lead. Retrying cannot help.</source>
            <extracomment>Refusals that sending the same change again can never turn into a success. What to do with the parcel, by kind of refusal (and "cancelled" where the list, or REVER's words, say the return is cancelled).</extracomment>
            <translation>Le retour est annulé : retirez le colis et mettez-le de côté pour le responsable. Réessayer ne sert à rien.</translation>
        </message>
        <message>
            <source>REVER has no such return: pull the parcel back and put it aside for the lead. Retrying cannot help.</source>
            <translation>REVER n'a pas ce retour : retirez le colis et mettez-le de côté pour le responsable. Réessayer ne sert à rien.</translation>
        </message>
        <message>
            <source>REVER refused this status for the return: pull the parcel back and give it to the lead. Retrying cannot help.</source>
            <translation>REVER a refusé ce statut pour le retour : retirez le colis et remettez-le au responsable. Réessayer ne sert à rien.</translation>
        </message>
        <message>
            <source>REVER does not take this change: pull the parcel back and give it to the lead. Retrying cannot help.</source>
            <translation>REVER n'accepte pas cette modification : retirez le colis et remettez-le au responsable. Réessayer ne sert à rien.</translation>
        </message>
        <message>
            <source>The station's API key was refused: pull the parcel back and keep it by the desk; once the lead has fixed the key, retry it.</source>
            <translation>La clé API du poste a été refusée : retirez le colis et gardez-le près du poste ; une fois la clé corrigée par le responsable, réessayez-le.</translation>
        </message>
        <message>
            <source>Pull the parcel back and ask the lead; retry it once the cause is fixed.</source>
            <translation>Retirez le colis et demandez au responsable ; réessayez-le une fois la cause corrigée.</translation>
        </message>
    </context>
    <context>
        <name>ShelfBanner</name>
        <message>
            <source>See the shelf</source>
            <extracomment>Outcomes come one per change: the shelf is read again at most this often. What another process was refused shows this soon at the latest.</extracomment>
            <translation>Voir l'étagère</translation>
        </message>
        <message>
            <source>REVER refused {pid} — pull the parcel back; see the shelf</source>
            <translation>REVER a refusé {pid} — retirez le colis ; voir l'étagère</translation>
        </message>
        <message>
            <source>REVER refused {pid} — pull the parcel back</source>
            <translation>REVER a refusé {pid} — retirez le colis</translation>
        </message>
        <message>
            <source>Refused: {pid}</source>
            <translation>Refusé : {pid}</translation>
        </message>
        <message numerus="yes">
            <source>%n more on the shelf</source>
            <translation>
                <numerusform>%n autre sur l'étagère</numerusform>
                <numerusform>%n autres sur l'étagère</numerusform>
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
            <translation>Client</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>REVER said</source>
            <translation>Réponse de REVER</translation>
        </message>
        <message>
            <source>Scanned at</source>
            <translation>Scanné à</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
    </context>
    <context>
        <name>ShelfView</name>
        <message>
            <source>Parcels to pull back</source>
            <extracomment>Outcomes arrive one per change: the table is read again at most this often.</extracomment>
            <translation>Colis à retirer</translation>
        </message>
        <message>
            <source>REVER refused these scans after the station had said “queued”: the parcels went on with the received ones. Find each one and do what the last column says.</source>
            <translation>REVER a refusé ces scans après que le poste a indiqué « en attente » : les colis sont partis avec les colis reçus. Retrouvez chacun et faites ce qu'indique la dernière colonne.</translation>
        </message>
        <message>
            <source>&amp;Retry selected</source>
            <translation>&amp;Réessayer la sélection</translation>
        </message>
        <message>
            <source>Send the selected changes again: only those a retry can help (not a cancelled or unknown return)</source>
            <translation>Renvoyer les modifications sélectionnées : seulement celles qu'un nouvel essai peut sauver (pas un retour annulé ou inconnu)</translation>
        </message>
        <message>
            <source>&amp;Pulled back</source>
            <translation>Re&amp;tirés</translation>
        </message>
        <message>
            <source>The selected parcels were pulled back: take them off the shelf (their refused change is dropped; the history keeps a record of each)</source>
            <translation>Les colis sélectionnés ont été retirés : enlevez-les de l'étagère (leur modification refusée est abandonnée ; l'historique garde une trace de chacun)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message numerus="yes">
            <source>%n parcel(s) to pull back</source>
            <translation>
                <numerusform>%n colis à retirer</numerusform>
                <numerusform>%n colis à retirer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) will be sent again.</source>
            <translation>
                <numerusform>%n modification sera renvoyée.</numerusform>
                <numerusform>%n modifications seront renvoyées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot succeed by retrying: see what to do.</source>
            <translation>
                <numerusform>%n ne peut pas réussir en réessayant : voir que faire.</numerusform>
                <numerusform>%n ne peuvent pas réussir en réessayant : voir que faire.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parcel(s) taken off the shelf.</source>
            <translation>
                <numerusform>%n colis enlevé de l'étagère.</numerusform>
                <numerusform>%n colis enlevés de l'étagère.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to pull back.</source>
            <translation>Rien à retirer.</translation>
        </message>
    </context>
    <context>
        <name>ShiftActions</name>
        <message>
            <source>Sign &amp;in as operator…</source>
            <extracomment>Neither is taken by QLineEdit (the scan box has the focus all day), unlike Ctrl+U or Ctrl+K, which it keeps for itself on Linux. Given by the window: prints again the label of a history print event.</extracomment>
            <translation>Se &amp;connecter comme opérateur…</translation>
        </message>
        <message>
            <source>&amp;Outbox: changes not sent yet…</source>
            <translation>&amp;Boîte d'envoi : modifications non envoyées…</translation>
        </message>
        <message>
            <source>Parcels to &amp;pull back…</source>
            <translation>Colis à &amp;retirer…</translation>
        </message>
        <message>
            <source>&amp;History and shift summary…</source>
            <extracomment>The red strip while parcels wait to be pulled back.</extracomment>
            <translation>&amp;Historique et bilan du service…</translation>
        </message>
        <message>
            <source>Shi&amp;ft</source>
            <extracomment>"Scanned this shift", kept true to the audit log.</extracomment>
            <translation>Ser&amp;vice</translation>
        </message>
        <message>
            <source>Signed in as {name} for now; not saved for the next start: {why}</source>
            <translation>Connecté comme {name} pour cette fois ; non enregistré pour le prochain démarrage : {why}</translation>
        </message>
        <message>
            <source>Signed in as {name}.</source>
            <translation>Connecté comme {name}.</translation>
        </message>
    </context>
    <context>
        <name>ShiftCountLabel</name>
        <message numerus="yes">
            <source>Scanned this shift: %n</source>
            <extracomment>Outcomes come one per change (a thousand in a flush): the count is read again at most this often. What another process on the data folder delivered (``revdesk outbox flush``) and the shift that starts at midnight are seen this often at the latest.</extracomment>
            <translation>
                <numerusform>Scannés pendant le service : %n</numerusform>
                <numerusform>Scannés pendant le service : %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcels whose scan REVER confirmed since the shift started, undone ones excluded (the shift summary in Shift → History says the same).</source>
            <translation>Colis dont REVER a confirmé le scan depuis le début du service, hors annulations (le bilan dans Service → Historique indique la même chose).</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Touche</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Ce qu'elle fait</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Who is working at this station?</source>
            <translation>Qui travaille à ce poste ?</translation>
        </message>
        <message>
            <source>Your name (recorded with everything done at this station from now on):</source>
            <translation>Votre nom (enregistré avec tout ce qui se fait à ce poste à partir de maintenant) :</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>“{text}” is a parcel's barcode, not a name: nobody was signed in. Type your name:</source>
            <translation>« {text} » est le code-barres d'un colis, pas un nom : personne n'a été connecté. Tapez votre nom :</translation>
        </message>
    </context>
    <context>
        <name>StationActions</name>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Mute sounds</source>
            <translation>Couper les &amp;sons</translation>
        </message>
        <message>
            <source>Reset the shift &amp;counter</source>
            <translation>Remettre le &amp;compteur à zéro</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About revdesk</source>
            <translation>À &amp;propos de revdesk</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>&amp;Revers.io…</source>
            <translation>&amp;Revers.io…</translation>
        </message>
        <message>
            <source>&amp;Station</source>
            <translation>&amp;Poste</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
    </context>
    <context>
        <name>StationCore</name>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} et %n autre</numerusform>
                <numerusform>{names} et %n autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n scan(s) made before the station stopped unexpectedly could not be applied: {names}. Check these parcels (History shows why).</source>
            <translation>
                <numerusform>%n scan fait avant l'arrêt inattendu du poste n'a pas pu être appliqué : {names}. Vérifiez ces colis (l'Historique dit pourquoi).</numerusform>
                <numerusform>%n scans faits avant l'arrêt inattendu du poste n'ont pas pu être appliqués : {names}. Vérifiez ces colis (l'Historique dit pourquoi).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StationHeader</name>
        <message>
            <source>SANDBOX — practice data. Nothing you scan here changes a real return in REVER.</source>
            <extracomment>The queued/failed counter was clicked: show the outbox. The operator name was clicked: the next operator signs in.</extracomment>
            <translation>ESSAI — données d'entraînement. Rien de ce que vous scannez ici ne modifie un vrai retour dans REVER.</translation>
        </message>
        <message>
            <source>SANDBOX — practice data: nothing here changes REVER.</source>
            <translation>ESSAI — données d'entraînement : rien ici ne modifie REVER.</translation>
        </message>
        <message>
            <source>SANDBOX — practice data</source>
            <translation>ESSAI — données d'entraînement</translation>
        </message>
        <message>
            <source>SANDBOX</source>
            <translation>ESSAI</translation>
        </message>
        <message>
            <source>Click to sign in with your name</source>
            <translation>Cliquez pour vous connecter avec votre nom</translation>
        </message>
        <message>
            <source>Click to see the changes waiting to be sent</source>
            <translation>Cliquez pour voir les modifications en attente d'envoi</translation>
        </message>
        <message>
            <source>no e-commerce set</source>
            <translation>aucun e-commerce</translation>
        </message>
        <message>
            <source>station {name}</source>
            <translation>poste {name}</translation>
        </message>
        <message>
            <source>operator {name}</source>
            <translation>opérateur {name}</translation>
        </message>
        <message>
            <source>no operator: click to sign in</source>
            <translation>aucun opérateur : cliquez pour vous connecter</translation>
        </message>
        <message>
            <source>sign in</source>
            <translation>se connecter</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>connexion…</translation>
        </message>
        <message>
            <source>online</source>
            <translation>en ligne</translation>
        </message>
        <message>
            <source>OFFLINE</source>
            <translation>HORS LIGNE</translation>
        </message>
        <message>
            <source>API KEY REFUSED</source>
            <translation>CLÉ API REFUSÉE</translation>
        </message>
        <message>
            <source>NOT CONFIGURED</source>
            <translation>NON CONFIGURÉ</translation>
        </message>
        <message>
            <source>REVER'S CERTIFICATE IS NOT VALID</source>
            <translation>LE CERTIFICAT DE REVER N'EST PAS VALIDE</translation>
        </message>
        <message numerus="yes">
            <source>%n queued</source>
            <translation>
                <numerusform>%n en attente</numerusform>
                <numerusform>%n en attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n refusée</numerusform>
                <numerusform>%n refusées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StationStatus</name>
        <message>
            <source>Send queued changes now</source>
            <extracomment>"Send queued changes now" (Ctrl+Shift+O), whatever the backoff says.</extracomment>
            <translation>Envoyer maintenant les modifications en attente</translation>
        </message>
        <message>
            <source>Connection check</source>
            <translation>Vérification de la connexion</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Not sent: no process id was given.</source>
            <translation>Non envoyé : aucun identifiant de process n'a été donné.</translation>
        </message>
        <message>
            <source>Not sent: “{id}” is not a process id (it has spaces).</source>
            <translation>Non envoyé : « {id} » n'est pas un identifiant de process (il contient des espaces).</translation>
        </message>
        <message>
            <source>Not sent: “{id}” ({length} characters) is not a process id: an id has at most {limit} characters.</source>
            <translation>Non envoyé : « {id} » ({length} caractères) n'est pas un identifiant de process : un identifiant a au plus {limit} caractères.</translation>
        </message>
        <message>
            <source>Not sent: “{id}” is not a process id (it has control characters).</source>
            <translation>Non envoyé : « {id} » n'est pas un identifiant de process (il contient des caractères de contrôle).</translation>
        </message>
        <message>
            <source>Not sent: “{id}” is not a process id.</source>
            <translation>Non envoyé : « {id} » n'est pas un identifiant de process.</translation>
        </message>
        <message>
            <source>at the terminal</source>
            <extracomment>Who made a change, as the operator reads it after "set to ERROR ...".</extracomment>
            <translation>au terminal</translation>
        </message>
        <message>
            <source>in the return's detail</source>
            <translation>dans le détail du retour</translation>
        </message>
        <message>
            <source>by a bulk change</source>
            <translation>par une modification groupée</translation>
        </message>
        <message>
            <source>by a later scan</source>
            <translation>par un scan plus récent</translation>
        </message>
        <message>
            <source>by an undo</source>
            <translation>par une annulation</translation>
        </message>
        <message>
            <source>by {source}</source>
            <translation>par {source}</translation>
        </message>
        <message>
            <source>elsewhere</source>
            <translation>ailleurs</translation>
        </message>
        <message>
            <source>{id} was set to {status} {where} after this scan: not changed</source>
            <translation>{id} a été passé à {status} {where} après ce scan : non modifié</translation>
        </message>
        <message>
            <source>Not sent: {status} is not a shipping status.</source>
            <extracomment>True when the sender queues changes it cannot send now (the outbox). Every change attempt, successful or not (the list updates its rows from it).</extracomment>
            <translation>Non envoyé : {status} n'est pas un statut d'expédition.</translation>
        </message>
    </context>
    <context>
        <name>SummaryModel</name>
        <message>
            <source>Hour</source>
            <translation>Heure</translation>
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
            <translation>elle contient un caractère de contrôle</translation>
        </message>
        <message>
            <source>it has a space in it</source>
            <translation>elle contient une espace</translation>
        </message>
        <message>
            <source>its port is not a number from 1 to 65535</source>
            <translation>son port n'est pas un nombre de 1 à 65535</translation>
        </message>
        <message>
            <source>it cannot be read as an address</source>
            <translation>elle ne peut pas être lue comme une adresse</translation>
        </message>
        <message>
            <source>it cannot be read as an address ({reason})</source>
            <translation>elle ne peut pas être lue comme une adresse ({reason})</translation>
        </message>
        <message>
            <source>The API address “{address}” is not a valid address: {why}. Fix it in the station settings or in REVDESK_API_URL.</source>
            <translation>L'adresse de l'API « {address} » n'est pas une adresse valide : {why}. Corrigez-la dans les paramètres du poste ou dans REVDESK_API_URL.</translation>
        </message>
        <message>
            <source>it is a relative address, not a web address</source>
            <translation>c'est une adresse relative, pas une adresse web</translation>
        </message>
        <message>
            <source>it is a {scheme}: address, not a web address</source>
            <translation>c'est une adresse {scheme}:, pas une adresse web</translation>
        </message>
        <message>
            <source>it names no host</source>
            <translation>elle n'indique aucun hôte</translation>
        </message>
        <message>
            <source>it is a link-local address, never a label host</source>
            <translation>c'est une adresse lien-local, jamais un hôte d'étiquettes</translation>
        </message>
        <message>
            <source>it is not the address of a web server</source>
            <translation>ce n'est pas l'adresse d'un serveur web</translation>
        </message>
        <message>
            <source>labels are downloaded over https only (plain http only from this computer)</source>
            <translation>les étiquettes ne se téléchargent qu'en https (http simple seulement depuis cet ordinateur)</translation>
        </message>
        <message>
            <source>a control character (such as a line break, a tab or an escape)</source>
            <translation>un caractère de contrôle (comme un saut de ligne, une tabulation ou un échappement)</translation>
        </message>
        <message>
            <source>a character that is not plain ASCII (such as é or an invisible mark)</source>
            <translation>un caractère qui n'est pas de l'ASCII simple (comme é ou une marque invisible)</translation>
        </message>
        <message>
            <source>The API key in {where} has {why} in it, so it cannot be a REVER key. Paste the key again, without anything around it.</source>
            <translation>La clé API dans {where} contient {why} : ce ne peut donc pas être une clé REVER. Collez de nouveau la clé, sans rien autour.</translation>
        </message>
        <message>
            <source>REVER does not take this request at this address. Nothing was changed.</source>
            <extracomment>A key at least this long is blanked wherever it appears. A shorter one only where it stands alone: blanked inside words, a one-letter key would turn "Check the network" into "Chec*** the networ***". REVER's Retry-After, when the station waits across calls (the outbox, a bulk change), is honoured between these: a larger one is capped (a scan is never parked for days), a smaller one raised (a few seconds, as REVER's documents ask).</extracomment>
            <translation>REVER n'accepte pas cette requête à cette adresse. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>REVER does not offer this request (it answered "not implemented"). Nothing was changed.</source>
            <translation>REVER ne propose pas cette requête (réponse « not implemented »). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>REVER refused this request: {message}</source>
            <translation>REVER a refusé cette requête : {message}</translation>
        </message>
        <message>
            <source>REVER refused this request (HTTP {status}).</source>
            <translation>REVER a refusé cette requête (HTTP {status}).</translation>
        </message>
        <message>
            <source>the station's settings</source>
            <translation>les paramètres du poste</translation>
        </message>
        <message>
            <source>REVER gave a label address the station cannot read.</source>
            <translation>REVER a donné une adresse d'étiquette que le poste ne peut pas lire.</translation>
        </message>
        <message>
            <source>The label's address {address} has a certificate that is not valid ({reason}). The label was not downloaded.</source>
            <translation>L'adresse de l'étiquette {address} a un certificat non valide ({reason}). L'étiquette n'a pas été téléchargée.</translation>
        </message>
        <message>
            <source>The label's address {address} redirected to an address that is not valid. The label was not downloaded.</source>
            <translation>L'adresse de l'étiquette {address} a redirigé vers une adresse non valide. L'étiquette n'a pas été téléchargée.</translation>
        </message>
        <message>
            <source>The label's address {address} redirected more than {limit} times; the station stopped there. The label was not downloaded.</source>
            <translation>L'adresse de l'étiquette {address} a redirigé plus de {limit} fois ; le poste s'est arrêté là. L'étiquette n'a pas été téléchargée.</translation>
        </message>
        <message>
            <source>REVER gave the label's address as {address}, which the station does not download from: {why}.</source>
            <translation>REVER a donné comme adresse de l'étiquette {address}, d'où le poste ne télécharge pas : {why}.</translation>
        </message>
        <message>
            <source>The label's address {address} redirected to {target}, which the station does not download from: {why}.</source>
            <translation>L'adresse de l'étiquette {address} a redirigé vers {target}, d'où le poste ne télécharge pas : {why}.</translation>
        </message>
    </context>
    <context>
        <name>Walkin</name>
        <message>
            <source>Type the e-mail address the customer ordered with.</source>
            <extracomment>Longest e-mail address (RFC 5321's path limit) and order number the form takes. Items listed on the slip; more are counted. [gRPC 9 FAILED_PRECONDITION] the sandbox's refusal of an e-mail that is not the order's [sandbox assumption]: the document names no refusal. "2 × Linen shirt (M) · SKU-1": the order's items as the answer listed them. The customer's secret for finishing the return: only for the QR code.</extracomment>
            <translation>Tapez l'adresse e-mail avec laquelle le client a commandé.</translation>
        </message>
        <message>
            <source>This is not an e-mail address: check it with the customer.</source>
            <translation>Ce n'est pas une adresse e-mail : vérifiez-la avec le client.</translation>
        </message>
        <message>
            <source>Scan or type the order number (on the receipt or the order e-mail).</source>
            <translation>Scannez ou tapez le numéro de commande (sur le reçu ou l'e-mail de commande).</translation>
        </message>
        <message>
            <source>This is not an order number: scan or type it again.</source>
            <translation>Ce n'est pas un numéro de commande : scannez-le ou tapez-le de nouveau.</translation>
        </message>
        <message>
            <source>This is an e-mail address: it goes in the e-mail field.</source>
            <translation>C'est une adresse e-mail : elle va dans le champ e-mail.</translation>
        </message>
        <message>
            <source>Order {order}</source>
            <translation>Commande {order}</translation>
        </message>
        <message>
            <source>Return {return_id}</source>
            <translation>Retour {return_id}</translation>
        </message>
        <message>
            <source>Started {when}</source>
            <translation>Commencé le {when}</translation>
        </message>
        <message numerus="yes">
            <source>and %n more item(s)</source>
            <translation>
                <numerusform>et %n autre article</numerusform>
                <numerusform>et %n autres articles</numerusform>
            </translation>
        </message>
        <message>
            <source>Scan this code with your phone to finish your return: choose the items and how you are refunded.</source>
            <translation>Scannez ce code avec votre téléphone pour terminer votre retour : choisissez les articles et le mode de remboursement.</translation>
        </message>
        <message>
            <source>Keep this slip: to finish your return, contact the shop's customer service with this return number; they read the code below.</source>
            <translation>Gardez ce ticket : pour terminer votre retour, contactez le service client de la boutique avec ce numéro de retour ; il lira le code ci-dessous.</translation>
        </message>
        <message>
            <source>Your return is started</source>
            <translation>Votre retour est commencé</translation>
        </message>
        <message>
            <source>This station has no Storefront API address: walk-in returns cannot be started here. Ask the warehouse lead.</source>
            <extracomment>Each start sent is recorded there: the return started, or refused with why (the order number, never the e-mail nor the customer's token).</extracomment>
            <translation>Ce poste n'a pas d'adresse d'API Storefront : les retours au guichet ne peuvent pas être commencés ici. Demandez au responsable de l'entrepôt.</translation>
        </message>
        <message>
            <source>Return {return_id} started for order {order}: give the customer the slip.</source>
            <translation>Retour {return_id} commencé pour la commande {order} : remettez le ticket au client.</translation>
        </message>
        <message>
            <source>The shop has no order {order}: check the number on the customer's receipt or order e-mail. Nothing was started.</source>
            <translation>La boutique n'a pas de commande {order} : vérifiez le numéro sur le reçu ou l'e-mail de commande du client. Rien n'a été commencé.</translation>
        </message>
        <message>
            <source>Order {order} was not placed with {email}: ask the customer for the e-mail they ordered with. Nothing was started.</source>
            <translation>La commande {order} n'a pas été passée avec {email} : demandez au client l'e-mail avec lequel il a commandé. Rien n'a été commencé.</translation>
        </message>
        <message>
            <source>The returns platform cannot be reached now: no return was confirmed. Try again in a moment.</source>
            <translation>La plateforme des retours est injoignable pour le moment : aucun retour n'a été confirmé. Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>The returns platform sent an answer the station cannot read: no slip can be printed. Try again, or tell the warehouse lead.</source>
            <translation>La plateforme des retours a envoyé une réponse que le poste ne peut pas lire : aucun ticket ne peut être imprimé. Réessayez, ou prévenez le responsable de l'entrepôt.</translation>
        </message>
    </context>
    <context>
        <name>WalkinActions</name>
        <message>
            <source>&amp;Walk-in return…</source>
            <translation>Retour au &amp;guichet…</translation>
        </message>
        <message>
            <source>Start a return for a customer at the desk and print their slip</source>
            <translation>Commencer un retour pour un client au guichet et imprimer son ticket</translation>
        </message>
    </context>
    <context>
        <name>WalkinDialog</name>
        <message>
            <source>Walk-in return</source>
            <extracomment>The e-mail and order number the shown return was started with.</extracomment>
            <translation>Retour au guichet</translation>
        </message>
        <message>
            <source>the e-mail of the order</source>
            <translation>l'e-mail de la commande</translation>
        </message>
        <message>
            <source>scan or type it</source>
            <translation>scannez-le ou tapez-le</translation>
        </message>
        <message>
            <source>Customer's &amp;e-mail</source>
            <translation>&amp;E-mail du client</translation>
        </message>
        <message>
            <source>&amp;Order number</source>
            <translation>N° de &amp;commande</translation>
        </message>
        <message>
            <source>Items of the order</source>
            <translation>Articles de la commande</translation>
        </message>
        <message>
            <source>&amp;Start return</source>
            <translation>&amp;Démarrer le retour</translation>
        </message>
        <message>
            <source>&amp;Reprint slip</source>
            <translation>&amp;Réimprimer le ticket</translation>
        </message>
        <message>
            <source>Starts a return for a customer at the desk and prints a slip with a QR code they finish it with.</source>
            <translation>Commence un retour pour un client au guichet et imprime un ticket avec un QR code pour qu'il le termine.</translation>
        </message>
        <message>
            <source>Starting the return…</source>
            <translation>Démarrage du retour…</translation>
        </message>
        <message>
            <source>Return {return_id} started: printing its slip…</source>
            <translation>Retour {return_id} commencé : impression du ticket…</translation>
        </message>
        <message>
            <source>Return {return_id} started, but no slip can be made for it: {why}</source>
            <translation>Retour {return_id} commencé, mais aucun ticket ne peut être fait : {why}</translation>
        </message>
        <message>
            <source>Print slip</source>
            <extracomment>The items shown without scrolling; a longer order scrolls.</extracomment>
            <translation>Imprimer le ticket</translation>
        </message>
        <message>
            <source>Return {return_id} started: the slip was printed on {where}. Give it to the customer.</source>
            <translation>Retour {return_id} commencé : le ticket a été imprimé sur {where}. Remettez-le au client.</translation>
        </message>
        <message>
            <source>Return {return_id} started, but the slip was not printed: {why} Fix it, then Reprint slip.</source>
            <translation>Retour {return_id} commencé, mais le ticket n'a pas été imprimé : {why} Corrigez, puis Réimprimer le ticket.</translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <source>The printer does not accept this label size.</source>
            <extracomment>A label within this much of the page size counts as fitting (rounding in mm sizes). The job's name in the print queue ("RP-100042 intake label"). Names of labels that were too large for the page at true size and were scaled down. What was printed, for the operator's message: the role and the returns. The printer in the operator's words ("Zebra-1"), or the files written.</extracomment>
            <translation>L'imprimante n'accepte pas ce format d'étiquette.</translation>
        </message>
        <message>
            <source>There is nothing to print.</source>
            <translation>Il n'y a rien à imprimer.</translation>
        </message>
        <message>
            <source>The label printer could not be started. Check that it is on and connected, or choose the label printer again.</source>
            <translation>Impossible de démarrer l'imprimante d'étiquettes. Vérifiez qu'elle est allumée et connectée, ou choisissez-la à nouveau.</translation>
        </message>
        <message>
            <source>The label job could not be written whole (is the disk full, or the printer gone?): check what printed.</source>
            <translation>Le travail d'impression n'a pas pu être écrit en entier (disque plein ou imprimante absente ?) : vérifiez ce qui est sorti.</translation>
        </message>
        <message>
            <source>The label PDF does not open.</source>
            <translation>Le PDF de l'étiquette ne s'ouvre pas.</translation>
        </message>
        <message>
            <source>The label image does not open.</source>
            <translation>L'image de l'étiquette ne s'ouvre pas.</translation>
        </message>
        <message>
            <source>The label folder {folder} is not there (a drive not connected?): nothing was saved.</source>
            <translation>Le dossier d'étiquettes {folder} est introuvable (lecteur non connecté ?) : rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The label could not be saved as {path}: the file came out incomplete (is the disk full?). Nothing was replaced.</source>
            <translation>Impossible d'enregistrer l'étiquette sous {path} : le fichier est incomplet (disque plein ?). Rien n'a été remplacé.</translation>
        </message>
        <message>
            <source>The label could not be saved as {path}: {why}.</source>
            <translation>Impossible d'enregistrer l'étiquette sous {path} : {why}.</translation>
        </message>
        <message>
            <source>The label file is incomplete.</source>
            <translation>Le fichier de l'étiquette est incomplet.</translation>
        </message>
    </context>
</TS>
