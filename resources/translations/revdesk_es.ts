<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Logistics</source>
            <comment>Nothing was generated (provider OPS): this provider handles it outside REVER. Nothing needs to be done here.</comment>
            <translation type="unfinished">Logística</translation>
        </message>
        <message>
            <source>Logistics</source>
            <comment>{what} created: {id}.</comment>
            <translation type="unfinished">Logística</translation>
        </message>
        <message>
            <source>Logistics</source>
            <comment>{what} created.</comment>
            <translation type="unfinished">Logística</translation>
        </message>
        <message>
            <source>Address</source>
            <comment>the street address</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <comment>the postcode</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <comment>the city</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <comment>the country</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <comment>{title}: {fields} missing.</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <comment>Not sent: complete the addresses first.</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <comment>The warehouse address comes from Settings: save it there once and every order has it.</comment>
            <translation type="unfinished" />
        </message>
    </context>
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
        <name>BulkStatusDialog</name>
        <message>
            <source>Set status of {n} returns</source>
            <translation>Cambiar el estado de {n} devoluciones</translation>
        </message>
        <message>
            <source>Set the shipping status of {n} selected returns to:</source>
            <translation>Cambiar el estado de envío de las {n} devoluciones seleccionadas a:</translation>
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
        <message>
            <source>Set {n} returns to {status}?</source>
            <translation>¿Pasar {n} devoluciones a {status}?</translation>
        </message>
        <message>
            <source>Set the shipping status of the {n} selected returns to {status}?</source>
            <translation>¿Pasar el estado de envío de las {n} devoluciones seleccionadas a {status}?</translation>
        </message>
        <message>
            <source>Set {n} returns to {status}</source>
            <translation>Pasar {n} devoluciones a {status}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Sending {status} to {n} returns…</source>
            <translation>Enviando {status} a {n} devoluciones…</translation>
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
        <name>EntriesModel</name>
        <message>
            <source>Process</source>
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
        <message>
            <source>{n} event(s), newest first.</source>
            <translation>{n} evento(s), los más recientes primero.</translation>
        </message>
        <message>
            <source>The newest {n} events (narrow the filters, or export them all).</source>
            <translation>Los {n} eventos más recientes (afine los filtros o expórtelos todos).</translation>
        </message>
        <message>
            <source>{n} parcel(s) received.</source>
            <translation>{n} paquete(s) recibido(s).</translation>
        </message>
        <message>
            <source>This shift started {when}.</source>
            <translation>Este turno empezó {when}.</translation>
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
        <message>
            <source>{n} event(s) exported to {path}.</source>
            <translation>{n} evento(s) exportado(s) a {path}.</translation>
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
            <translation>{subject}: guardado como {file}</translation>
        </message>
        <message numerus="yes">
            <source>{subject} saved in {folder} (%n files)</source>
            <translation>
                <numerusform>{subject}: guardado en {folder} (%n archivo)</numerusform>
                <numerusform>{subject}: guardado en {folder} (%n archivos)</numerusform>
            </translation>
        </message>
        <message>
            <source>{subject} printed on {printer}</source>
            <translation>{subject}: impreso en {printer}</translation>
        </message>
    </context>
    <context>
        <name>LabelPrinter</name>
        <message>
            <source>There is nothing to print.</source>
            <extracomment>The last job sent to a printer (its role and labels), for "Reprint last".</extracomment>
            <translation>No hay nada que imprimir.</translation>
        </message>
        <message>
            <source>No {role} printer is chosen yet (Labels → Label printers…): nothing was printed.</source>
            <translation>Aún no se ha elegido la impresora {role} (Etiquetas → Impresoras de etiquetas…): no se imprimió nada.</translation>
        </message>
        <message>
            <source>Nothing has been printed yet on this station.</source>
            <translation>Aún no se ha impreso nada en este puesto.</translation>
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
            <source>Manual logistic order</source>
            <extracomment>The dialog's width where the screen has it: the address fields whole beside the preview. A label has a page or two; a 40-page PDF is a wrong file, and its preview would be slow. The station's returns list: the first place a tracking id already used is found. The tracking id the operator confirmed (or that no other return has): sent as is.</extracomment>
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
        <name>OneWindow</name>
        <message>
            <source>The station is already open on this computer (data folder {folder}). Use that window: two windows on one station would undo each other's settings.</source>
            <translation>El puesto ya está abierto en este ordenador (carpeta de datos {folder}). Use esa ventana: dos ventanas en un mismo puesto se desharían la configuración entre sí.</translation>
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
            <translation>{pending} en espera de envío · {failed} rechazados</translation>
        </message>
        <message>
            <source>…and {n} more.</source>
            <translation>…y {n} más.</translation>
        </message>
        <message>
            <source>Sending the waiting changes now…</source>
            <translation>Enviando ahora los cambios en espera…</translation>
        </message>
        <message>
            <source>{n} refused change(s) will be sent again.</source>
            <translation>Se volverán a enviar {n} cambio(s) rechazado(s).</translation>
        </message>
        <message>
            <source>{n} cannot succeed by retrying (a cancelled or unknown return): discard them once the lead has decided.</source>
            <translation>{n} no pueden salir bien reintentando (una devolución cancelada o desconocida): descártelos cuando el responsable lo decida.</translation>
        </message>
        <message>
            <source>Discard refused changes</source>
            <translation>Descartar los cambios rechazados</translation>
        </message>
        <message>
            <source>Discard {n} refused change(s)? They will never be sent to REVER; the history keeps a record of each.</source>
            <translation>¿Descartar {n} cambio(s) rechazado(s)? Nunca se enviarán a REVER; el historial guarda constancia de cada uno.</translation>
        </message>
        <message>
            <source>{n} refused change(s) discarded.</source>
            <translation>{n} cambio(s) rechazado(s) descartado(s).</translation>
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
        <name>PrinterProfilesBox</name>
        <message>
            <source>Print an intake label for each parcel received</source>
            <translation>Imprimir una etiqueta de entrada por cada paquete recibido</translation>
        </message>
        <message>
            <source>Print the intake label after each parcel received (IN_WAREHOUSE confirmed)</source>
            <translation>Imprimir la etiqueta de entrada tras cada paquete recibido (IN_WAREHOUSE confirmado)</translation>
        </message>
        <message>
            <source>Test label {done}</source>
            <translation>Etiqueta de prueba {done}</translation>
        </message>
        <message>
            <source>Test print failed: {why}</source>
            <translation>La impresión de prueba falló: {why}</translation>
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
            <extracomment>Search keys made per slice of idle time (about 10 ms). A page could not be loaded (the error); fetching pauses until ``resume_fetching``. A page or a refresh came back from REVER: what ``load_failed`` said is over. While the rows come from the local cache, when they were saved; None once the API has been read again over all of them.</extracomment>
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
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>Address</source>
            <comment>a name (first or last name, or company)</comment>
            <extracomment>The edits that fill each need of :func:`~revdesk.domain.logistics.missing_address_fields`.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RangePicker</name>
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
        <name>SettingsDialog</name>
        <message>
            <source>Station settings</source>
            <extracomment>Offered as a starting point: the sandbox's (and REVER's demo) process ids.</extracomment>
            <translation>Configuración del puesto</translation>
        </message>
        <message>
            <source>unchanged (kept in the credential store)</source>
            <translation>sin cambios (guardada en el almacén de credenciales)</translation>
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
            <source>Connection to REVER</source>
            <translation>Conexión con REVER</translation>
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
            <source>&amp;E-commerce id:</source>
            <translation>Id de &amp;e-commerce:</translation>
        </message>
        <message>
            <source>E-commerce &amp;group:</source>
            <translation>&amp;Grupo de e-commerce:</translation>
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
            <translation>Acción de escaneo por &amp;defecto:</translation>
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
            <source>Set the API address before the key.</source>
            <translation>Indique la dirección de la API antes que la clave.</translation>
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
            <translation>&amp;Retirados</translation>
        </message>
        <message>
            <source>The selected parcels were pulled back: take them off the shelf (their refused change is dropped; the history keeps a record of each)</source>
            <translation>Los paquetes seleccionados se retiraron: quítelos del estante (se descarta su cambio rechazado; el historial guarda constancia de cada uno)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>{n} parcel(s) to pull back</source>
            <translation>{n} paquete(s) que retirar</translation>
        </message>
        <message>
            <source>Nothing to pull back.</source>
            <translation>Nada que retirar.</translation>
        </message>
        <message>
            <source>{n} change(s) will be sent again.</source>
            <translation>Se volverán a enviar {n} cambio(s).</translation>
        </message>
        <message>
            <source>{n} cannot succeed by retrying: see what to do.</source>
            <translation>{n} no pueden salir bien reintentando: vea qué hacer.</translation>
        </message>
        <message>
            <source>{n} parcel(s) taken off the shelf.</source>
            <translation>{n} paquete(s) quitado(s) del estante.</translation>
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
            <source>&amp;Station</source>
            <translation>&amp;Puesto</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
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
                <numerusform>%n fallido</numerusform>
                <numerusform>%n fallidos</numerusform>
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
