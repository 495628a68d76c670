<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuthError</name>
    <message>
        <source>The Salesforce address could not be found. Check the domain, and that this computer is online.</source>
        <translation>No se ha encontrado la dirección de Salesforce. Comprueba el dominio y que este equipo tenga conexión a Internet.</translation>
    </message>
    <message>
        <source>Salesforce could not be reached: %1</source>
        <translation>No se ha podido contactar con Salesforce: %1</translation>
    </message>
    <message>
        <source>The secure connection to Salesforce failed: %1</source>
        <translation>Ha fallado la conexión segura con Salesforce: %1</translation>
    </message>
    <message>
        <source>Salesforce did not answer in time.</source>
        <translation>Salesforce no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Salesforce is down for maintenance. Try again later.</source>
        <translation>Salesforce está en mantenimiento. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Salesforce sent an answer sfconnect cannot read (%1).</source>
        <translation>Salesforce ha enviado una respuesta que sfconnect no puede leer (%1).</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Sign in again.</source>
        <translation>El inicio de sesión ha caducado o se ha revocado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in: wrong username, password or security token, or the username-password flow is blocked for this org (new orgs block it by default).</source>
        <translation>Salesforce ha rechazado el inicio de sesión: el nombre de usuario, la contraseña o el token de seguridad son incorrectos, o el flujo de usuario y contraseña está bloqueado en esta organización (las organizaciones nuevas lo bloquean de forma predeterminada).</translation>
    </message>
    <message>
        <source>Salesforce does not know this client id (consumer key). Check it, and allow up to 10 minutes after creating or changing the app.</source>
        <translation>Salesforce no reconoce este ID de cliente (clave de consumidor). Compruébalo y espera hasta 10 minutos después de crear o modificar la aplicación.</translation>
    </message>
    <message>
        <source>The client secret (consumer secret) is wrong.</source>
        <translation>El secreto de cliente (secreto de consumidor) es incorrecto.</translation>
    </message>
    <message>
        <source>Salesforce refused the JWT audience. Production orgs expect https://login.salesforce.com, sandboxes https://test.salesforce.com.</source>
        <translation>Salesforce ha rechazado la audiencia del JWT. Las organizaciones de producción esperan https://login.salesforce.com, y los sandboxes, https://test.salesforce.com.</translation>
    </message>
    <message>
        <source>Salesforce could not verify the JWT signature: the private key does not match the certificate uploaded to the app.</source>
        <translation>Salesforce no ha podido verificar la firma del JWT: la clave privada no corresponde al certificado cargado en la aplicación.</translation>
    </message>
    <message>
        <source>The user has not been approved for this app: pre-authorize the user&apos;s profile or permission set, or sign in once through the browser.</source>
        <translation>El usuario no está aprobado para esta aplicación: autoriza previamente su perfil o conjunto de permisos, o inicia sesión una vez a través del navegador.</translation>
    </message>
    <message>
        <source>The app is admin-approved and this user&apos;s profile or permission set is not assigned to it.</source>
        <translation>La aplicación solo admite usuarios aprobados por el administrador y el perfil o conjunto de permisos de este usuario no está asignado a ella.</translation>
    </message>
    <message>
        <source>Access was denied in the browser.</source>
        <translation>Se ha denegado el acceso en el navegador.</translation>
    </message>
    <message>
        <source>The session is no longer valid.</source>
        <translation>La sesión ya no es válida.</translation>
    </message>
    <message>
        <source>API access is not enabled for this org or user (the &quot;API Enabled&quot; permission).</source>
        <translation>El acceso a la API no está habilitado para esta organización o este usuario (el permiso &quot;API Enabled&quot;).</translation>
    </message>
    <message>
        <source>Salesforce answered: %1</source>
        <translation>Respuesta de Salesforce: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>Salesforce does not know the client id</source>
        <translation>Salesforce no reconoce el ID de cliente</translation>
    </message>
    <message>
        <source>The consumer key sent as client id (or as the JWT issuer) is not one of this org&apos;s apps.</source>
        <translation>La clave de consumidor enviada como ID de cliente (o como emisor del JWT) no corresponde a ninguna aplicación de esta organización.</translation>
    </message>
    <message>
        <source>If the app was created or changed in the last 10 minutes, wait: Salesforce takes that long to make it known.</source>
        <translation>Si la aplicación se ha creado o modificado en los últimos 10 minutos, espera: Salesforce tarda ese tiempo en reconocerla.</translation>
    </message>
    <message>
        <source>Copy the consumer key again from the app (Settings → OAuth Settings → Consumer Key and Secret).</source>
        <translation>Vuelve a copiar la clave de consumidor de la aplicación (Settings → OAuth Settings → Consumer Key and Secret).</translation>
    </message>
    <message>
        <source>Check the environment: an app made in a sandbox is unknown to production, and the other way round (sandboxes sign in at test.salesforce.com).</source>
        <translation>Comprueba el entorno: producción no reconoce una aplicación creada en un sandbox, ni al revés (los sandboxes inician sesión en test.salesforce.com).</translation>
    </message>
    <message>
        <source>The client secret is wrong</source>
        <translation>El secreto de cliente es incorrecto</translation>
    </message>
    <message>
        <source>The app exists, but the consumer secret sent with its client id does not match.</source>
        <translation>La aplicación existe, pero el secreto de consumidor enviado con su ID de cliente no coincide.</translation>
    </message>
    <message>
        <source>Copy the consumer secret again from the app and replace it in the connection (Edit).</source>
        <translation>Vuelve a copiar el secreto de consumidor de la aplicación y sustitúyelo en la conexión (Editar).</translation>
    </message>
    <message>
        <source>If the secret was rotated in Salesforce, use the new one.</source>
        <translation>Si se ha rotado el secreto en Salesforce, usa el nuevo.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked</source>
        <translation>El inicio de sesión ha caducado o se ha revocado</translation>
    </message>
    <message>
        <source>The refresh token no longer works: it expired under the app&apos;s policy, was revoked, or was pushed out because the user has more than five sign-ins to the same app.</source>
        <translation>El token de actualización ya no funciona: ha caducado según la política de la aplicación, se ha revocado o se ha descartado porque el usuario tiene más de cinco inicios de sesión en la misma aplicación.</translation>
    </message>
    <message>
        <source>Sign in again (Connection → Sign In Again).</source>
        <translation>Vuelve a iniciar sesión (Conexión → Volver a iniciar sesión).</translation>
    </message>
    <message>
        <source>In the app&apos;s policies, set Refresh Token Policy to &quot;Refresh token is valid until revoked&quot;.</source>
        <translation>En las políticas de la aplicación, establece Refresh Token Policy en &quot;Refresh token is valid until revoked&quot;.</translation>
    </message>
    <message>
        <source>Give the app the refresh_token and offline_access scope (&quot;Perform requests at any time&quot;).</source>
        <translation>Añade a la aplicación el ámbito refresh_token y offline_access (&quot;Perform requests at any time&quot;).</translation>
    </message>
    <message>
        <source>Revoke old sign-ins of this user to this app (Setup → Session Management) if there are many.</source>
        <translation>Si hay muchos, revoca los inicios de sesión antiguos de este usuario en esta aplicación (Setup → Session Management).</translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in</source>
        <translation>Salesforce ha rechazado el inicio de sesión</translation>
    </message>
    <message>
        <source>For the username-password flow this covers a wrong password, a missing or old security token, an IP or login-hours restriction, and the flow being blocked: orgs created since Summer &apos;23 block it by default.</source>
        <translation>En el flujo de usuario y contraseña, esto incluye una contraseña incorrecta, un token de seguridad ausente o antiguo, una restricción de IP o de horario de inicio de sesión, y el bloqueo del flujo: las organizaciones creadas desde Summer &apos;23 lo bloquean de forma predeterminada.</translation>
    </message>
    <message>
        <source>Check the password and add the current security token (reset it from your personal settings).</source>
        <translation>Comprueba la contraseña y añade el token de seguridad actual (restablécelo desde tu configuración personal).</translation>
    </message>
    <message>
        <source>Ask an admin whether &quot;Allow OAuth Username-Password Flows&quot; is on (Setup → OAuth and OpenID Connect Settings); if it is off, use Bring Your Own App or JWT bearer instead.</source>
        <translation>Pregunta a un administrador si &quot;Allow OAuth Username-Password Flows&quot; está activado (Setup → OAuth and OpenID Connect Settings); si está desactivado, usa Aplicación propia o Portador JWT.</translation>
    </message>
    <message>
        <source>Look at the user&apos;s Login History in Setup: it names the real reason.</source>
        <translation>Consulta el Login History del usuario en Setup: ahí aparece el motivo real.</translation>
    </message>
    <message>
        <source>The user is deactivated</source>
        <translation>El usuario está desactivado</translation>
    </message>
    <message>
        <source>Salesforce refuses sign-ins for users who are not active.</source>
        <translation>Salesforce rechaza el inicio de sesión de los usuarios que no están activos.</translation>
    </message>
    <message>
        <source>Reactivate the user, or use another user for this connection.</source>
        <translation>Vuelve a activar el usuario o usa otro usuario para esta conexión.</translation>
    </message>
    <message>
        <source>Too many sign-ins</source>
        <translation>Demasiados inicios de sesión</translation>
    </message>
    <message>
        <source>Salesforce limits how often one user may sign in (3,600 times an hour).</source>
        <translation>Salesforce limita la frecuencia con la que un usuario puede iniciar sesión (3600 veces por hora).</translation>
    </message>
    <message>
        <source>Wait a while and try again; reuse the connection&apos;s session instead of signing in for every call.</source>
        <translation>Espera un rato y vuelve a intentarlo; reutiliza la sesión de la conexión en lugar de iniciar sesión en cada llamada.</translation>
    </message>
    <message>
        <source>The JWT audience is not accepted</source>
        <translation>No se acepta la audiencia del JWT</translation>
    </message>
    <message>
        <source>The JWT&apos;s audience must be the login host of the org&apos;s kind.</source>
        <translation>La audiencia del JWT debe ser el host de inicio de sesión que corresponde al tipo de organización.</translation>
    </message>
    <message>
        <source>Use https://login.salesforce.com for production and Developer Edition orgs, and https://test.salesforce.com for sandboxes, even when the connection signs in at a My Domain.</source>
        <translation>Usa https://login.salesforce.com para las organizaciones de producción y Developer Edition, y https://test.salesforce.com para los sandboxes, aunque la conexión inicie sesión en un My Domain.</translation>
    </message>
    <message>
        <source>The JWT signature does not verify</source>
        <translation>No se puede verificar la firma del JWT</translation>
    </message>
    <message>
        <source>Salesforce checked the JWT against the certificate uploaded to the app and it did not match.</source>
        <translation>Salesforce ha comprobado el JWT con el certificado cargado en la aplicación y no coinciden.</translation>
    </message>
    <message>
        <source>Upload the certificate that belongs to the connection&apos;s private key (&quot;Use digital signatures&quot;).</source>
        <translation>Carga el certificado que corresponde a la clave privada de la conexión (&quot;Use digital signatures&quot;).</translation>
    </message>
    <message>
        <source>If the key was generated by sfconnect, upload the .crt file it saved with it.</source>
        <translation>Si la clave la ha generado sfconnect, carga el archivo .crt que guardó junto con ella.</translation>
    </message>
    <message>
        <source>The user is not approved for the app</source>
        <translation>El usuario no está aprobado para la aplicación</translation>
    </message>
    <message>
        <source>For the JWT flow the user must be pre-authorized for the app (or have approved it once in the browser).</source>
        <translation>En el flujo JWT, el usuario debe estar autorizado previamente para la aplicación (o haberla aprobado una vez en el navegador).</translation>
    </message>
    <message>
        <source>In the app&apos;s policies, set Permitted Users to &quot;Admin approved users are pre-authorized&quot; and assign the user&apos;s profile or a permission set to the app.</source>
        <translation>En las políticas de la aplicación, establece Permitted Users en &quot;Admin approved users are pre-authorized&quot; y asigna a la aplicación el perfil del usuario o un conjunto de permisos.</translation>
    </message>
    <message>
        <source>Check that the username (the JWT subject) is exactly the Salesforce username.</source>
        <translation>Comprueba que el nombre de usuario (el sujeto del JWT) sea exactamente el nombre de usuario de Salesforce.</translation>
    </message>
    <message>
        <source>The user&apos;s profile is not assigned to the app</source>
        <translation>El perfil del usuario no está asignado a la aplicación</translation>
    </message>
    <message>
        <source>The app only lets in users whose profile or permission set an admin assigned to it.</source>
        <translation>La aplicación solo admite usuarios cuyo perfil o conjunto de permisos le haya asignado un administrador.</translation>
    </message>
    <message>
        <source>Assign the user&apos;s profile or a permission set to the app (the app&apos;s policies → Profiles / Permission Sets).</source>
        <translation>Asigna a la aplicación el perfil del usuario o un conjunto de permisos (políticas de la aplicación → Profiles / Permission Sets).</translation>
    </message>
    <message>
        <source>Salesforce blocks the app</source>
        <translation>Salesforce bloquea la aplicación</translation>
    </message>
    <message>
        <source>A public connected app that is not installed in the org is blocked for its users.</source>
        <translation>Una aplicación conectada pública que no está instalada en la organización queda bloqueada para sus usuarios.</translation>
    </message>
    <message>
        <source>Have an admin install the app (Setup → Connected Apps OAuth Usage → Install) and set its policies.</source>
        <translation>Pide a un administrador que instale la aplicación (Setup → Connected Apps OAuth Usage → Install) y configure sus políticas.</translation>
    </message>
    <message>
        <source>Or give the user &quot;Approve Uninstalled Connected Apps&quot; or &quot;Use Any API Client&quot;.</source>
        <translation>O concede al usuario &quot;Approve Uninstalled Connected Apps&quot; o &quot;Use Any API Client&quot;.</translation>
    </message>
    <message>
        <source>Or use Bring Your Own App with the org&apos;s own External Client App.</source>
        <translation>O usa Aplicación propia con la External Client App de la propia organización.</translation>
    </message>
    <message>
        <source>PKCE is required</source>
        <translation>Se requiere PKCE</translation>
    </message>
    <message>
        <source>The org or the app requires PKCE and the request came without a code challenge. sfconnect always sends one; another tool using the same app may not.</source>
        <translation>La organización o la aplicación requieren PKCE y la solicitud llegó sin desafío de código (code challenge). sfconnect siempre lo envía; puede que otra herramienta que use la misma aplicación no lo haga.</translation>
    </message>
    <message>
        <source>Keep PKCE on and connect with sfconnect, or turn the requirement off both in the org (OAuth and OpenID Connect Settings) and in the app.</source>
        <translation>Mantén PKCE activado y conecta con sfconnect, o desactiva el requisito tanto en la organización (OAuth and OpenID Connect Settings) como en la aplicación.</translation>
    </message>
    <message>
        <source>Access was denied in the browser</source>
        <translation>Se ha denegado el acceso en el navegador</translation>
    </message>
    <message>
        <source>Someone chose Deny on Salesforce&apos;s consent page.</source>
        <translation>Alguien eligió Deny (Denegar) en la página de consentimiento de Salesforce.</translation>
    </message>
    <message>
        <source>Connect again and choose Allow.</source>
        <translation>Vuelve a conectar y elige Allow (Permitir).</translation>
    </message>
    <message>
        <source>API access is not enabled</source>
        <translation>El acceso a la API no está habilitado</translation>
    </message>
    <message>
        <source>The org&apos;s edition has no API access, or the user&apos;s profile lacks the &quot;API Enabled&quot; permission.</source>
        <translation>La edición de la organización no tiene acceso a la API, o al perfil del usuario le falta el permiso &quot;API Enabled&quot;.</translation>
    </message>
    <message>
        <source>Give the user&apos;s profile or a permission set &quot;API Enabled&quot; (Setup → Profiles → the profile → Administrative Permissions).</source>
        <translation>Concede &quot;API Enabled&quot; al perfil del usuario o a un conjunto de permisos (Setup → Profiles → el perfil → Administrative Permissions).</translation>
    </message>
    <message>
        <source>Check that the edition includes the API (Enterprise, Unlimited, Performance, Developer).</source>
        <translation>Comprueba que la edición incluya la API (Enterprise, Unlimited, Performance, Developer).</translation>
    </message>
    <message>
        <source>API access is disabled for the user</source>
        <translation>El acceso a la API está desactivado para el usuario</translation>
    </message>
    <message>
        <source>Salesforce refuses API calls for this user at the moment.</source>
        <translation>Salesforce rechaza en este momento las llamadas a la API de este usuario.</translation>
    </message>
    <message>
        <source>Give the user &quot;API Enabled&quot; and check that API access was not turned off for the org.</source>
        <translation>Concede &quot;API Enabled&quot; al usuario y comprueba que no se haya desactivado el acceso a la API en la organización.</translation>
    </message>
    <message>
        <source>The session is not valid</source>
        <translation>La sesión no es válida</translation>
    </message>
    <message>
        <source>The access token expired or was revoked; sfconnect renews it on its own when it can. If the text says the session is not valid for the REST API, the app lacks the api scope.</source>
        <translation>El token de acceso ha caducado o se ha revocado; sfconnect lo renueva por su cuenta cuando puede. Si el texto indica que la sesión no es válida para la API REST, a la aplicación le falta el ámbito api.</translation>
    </message>
    <message>
        <source>Check the connection again; if it still fails, sign in again.</source>
        <translation>Vuelve a comprobar la conexión; si sigue fallando, vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Give the app the api scope (&quot;Manage user data via APIs&quot;).</source>
        <translation>Añade a la aplicación el ámbito api (&quot;Manage user data via APIs&quot;).</translation>
    </message>
    <message>
        <source>The Salesforce address cannot be found</source>
        <translation>No se encuentra la dirección de Salesforce</translation>
    </message>
    <message>
        <source>The domain does not resolve: a typo, a My Domain that changed, or no network.</source>
        <translation>El dominio no se resuelve: hay un error tipográfico, el My Domain ha cambiado o no hay red.</translation>
    </message>
    <message>
        <source>Check the My Domain in Setup → My Domain and edit the connection&apos;s domain to match.</source>
        <translation>Comprueba el My Domain en Setup → My Domain y edita el dominio de la conexión para que coincida.</translation>
    </message>
    <message>
        <source>Check that this computer is online and can reach Salesforce.</source>
        <translation>Comprueba que este equipo tenga conexión a Internet y pueda acceder a Salesforce.</translation>
    </message>
    <message>
        <source>Salesforce is down for maintenance</source>
        <translation>Salesforce está en mantenimiento</translation>
    </message>
    <message>
        <source>The org answered with its maintenance page.</source>
        <translation>La organización ha respondido con su página de mantenimiento.</translation>
    </message>
    <message>
        <source>Try again later; trust.salesforce.com shows maintenance windows.</source>
        <translation>Vuelve a intentarlo más tarde; trust.salesforce.com muestra los periodos de mantenimiento.</translation>
    </message>
    <message>
        <source>The sign-in port is in use</source>
        <translation>El puerto de inicio de sesión está en uso</translation>
    </message>
    <message>
        <source>Another program (often the Salesforce CLI) listens on the callback port.</source>
        <translation>Otro programa (a menudo la CLI de Salesforce) está escuchando en el puerto de devolución de llamada.</translation>
    </message>
    <message>
        <source>Close that program and try again, or choose another port and add its callback URL to the app.</source>
        <translation>Cierra ese programa y vuelve a intentarlo, o elige otro puerto y añade su URL de devolución de llamada a la aplicación.</translation>
    </message>
    <message>
        <source>The browser did not come back</source>
        <translation>El navegador no ha respondido</translation>
    </message>
    <message>
        <source>No answer arrived from the browser in time. Salesforce may have shown an error page there instead (for example OAUTH_APPROVAL_ERROR_GENERIC or a callback URL that does not match).</source>
        <translation>No ha llegado ninguna respuesta del navegador a tiempo. Puede que Salesforce haya mostrado allí una página de error (por ejemplo, OAUTH_APPROVAL_ERROR_GENERIC o una URL de devolución de llamada que no coincide).</translation>
    </message>
    <message>
        <source>Look at the browser window: its message says what Salesforce refused.</source>
        <translation>Mira la ventana del navegador: su mensaje indica qué ha rechazado Salesforce.</translation>
    </message>
    <message>
        <source>Check that the app&apos;s callback URL is exactly the one the wizard shows.</source>
        <translation>Comprueba que la URL de devolución de llamada de la aplicación sea exactamente la que muestra el asistente.</translation>
    </message>
</context>
<context>
    <name>LoginEnvironment</name>
    <message>
        <source>Enter the org&apos;s My Domain URL, for example acme.my.salesforce.com.</source>
        <translation>Introduce la URL de My Domain de la organización, por ejemplo acme.my.salesforce.com.</translation>
    </message>
    <message>
        <source>A domain cannot contain spaces.</source>
        <translation>Un dominio no puede contener espacios.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>&quot;%1&quot; no es una dirección web.</translation>
    </message>
    <message>
        <source>Use an https:// address; &quot;%1&quot; addresses cannot be used to sign in.</source>
        <translation>Usa una dirección https://; las direcciones &quot;%1&quot; no sirven para iniciar sesión.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; sfconnect asks for credentials on a later page.</source>
        <translation>Quita el nombre de usuario y la contraseña de la dirección; sfconnect pide las credenciales en una página posterior.</translation>
    </message>
    <message>
        <source>Use the org&apos;s My Domain name instead of an IP address.</source>
        <translation>Usa el nombre de My Domain de la organización en lugar de una dirección IP.</translation>
    </message>
    <message>
        <source>Salesforce signs in over https only.</source>
        <translation>Salesforce solo permite iniciar sesión mediante https.</translation>
    </message>
    <message>
        <source>That is an address of the org&apos;s pages, not where it signs in. Use its My Domain: %1</source>
        <translation>Esa es una dirección de las páginas de la organización, no la de inicio de sesión. Usa su My Domain: %1</translation>
    </message>
    <message>
        <source>%1 is not a Salesforce address. A My Domain address ends in .my.salesforce.com (or .my.site.com for an Experience Cloud site).</source>
        <translation>%1 no es una dirección de Salesforce. Una dirección de My Domain termina en .my.salesforce.com (o en .my.site.com si es un sitio de Experience Cloud).</translation>
    </message>
    <message>
        <source>Salesforce does not sign in on port %1; leave the port out.</source>
        <translation>Salesforce no permite iniciar sesión en el puerto %1; no indiques ningún puerto.</translation>
    </message>
</context>
<context>
    <name>RsaKey</name>
    <message>
        <source>No private key was given.</source>
        <translation>No se ha indicado ninguna clave privada.</translation>
    </message>
    <message>
        <source>This is neither a PEM private key nor base64 text.</source>
        <translation>No es una clave privada PEM ni texto en base64.</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase. Export it without one, for example: openssl pkey -in key.pem -out key-plain.pem</source>
        <translation>La clave privada está protegida con una frase de contraseña. Expórtala sin ella, por ejemplo: openssl pkey -in key.pem -out key-plain.pem</translation>
    </message>
    <message>
        <source>This is a certificate, not a private key. The certificate goes to the Salesforce app; sfconnect needs the private key that belongs to it.</source>
        <translation>Esto es un certificado, no una clave privada. El certificado se carga en la aplicación de Salesforce; sfconnect necesita la clave privada que le corresponde.</translation>
    </message>
    <message>
        <source>This is a public key. sfconnect needs the private key.</source>
        <translation>Esto es una clave pública. sfconnect necesita la clave privada.</translation>
    </message>
    <message>
        <source>The text could not be read as a private key (PEM or DER, PKCS#1 or PKCS#8).</source>
        <translation>No se ha podido leer el texto como clave privada (PEM o DER, PKCS#1 o PKCS#8).</translation>
    </message>
    <message>
        <source>This key is of type %1; Salesforce&apos;s JWT sign-in needs an RSA key.</source>
        <translation>Esta clave es de tipo %1; el inicio de sesión JWT de Salesforce requiere una clave RSA.</translation>
    </message>
    <message>
        <source>The key has %1 bits; Salesforce needs at least %2.</source>
        <translation>La clave tiene %1 bits; Salesforce requiere al menos %2.</translation>
    </message>
    <message>
        <source>The certificate could not be read (PEM expected).</source>
        <translation>No se ha podido leer el certificado (se esperaba PEM).</translation>
    </message>
    <message>
        <source>The private key does not belong to this certificate.</source>
        <translation>La clave privada no corresponde a este certificado.</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>Connection: %1</source>
        <translation>Conexión: %1</translation>
    </message>
    <message>
        <source>Environment: %1 (%2)</source>
        <translation>Entorno: %1 (%2)</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Método: %1</translation>
    </message>
    <message>
        <source>Username: %1</source>
        <translation>Nombre de usuario: %1</translation>
    </message>
    <message>
        <source>Client id: %1</source>
        <translation>ID de cliente: %1</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation>Instancia: %1</translation>
    </message>
    <message>
        <source>Org id: %1</source>
        <translation>ID de organización: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Última comprobación: %1</translation>
    </message>
    <message>
        <source>Problem id: %1</source>
        <translation>ID del problema: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the local org emulator, to try sfconnect without a Salesforce org.</source>
        <translation>Inicia el emulador local de organización, para probar sfconnect sin una organización de Salesforce.</translation>
    </message>
    <message>
        <source>Sets up, stores, monitors and troubleshoots connections to Salesforce orgs.

Commands (no display needed): list, check, show, add, export, import.
sfconnect COMMAND --help tells more.</source>
        <translation>Configura, guarda, supervisa y diagnostica conexiones con organizaciones de Salesforce.

Comandos (no requieren entorno gráfico): list, check, show, add, export, import.
sfconnect COMANDO --help ofrece más información.</translation>
    </message>
</context>
<context>
    <name>sfconnect::AuthMethod</name>
    <message>
        <source>Browser sign-in</source>
        <translation>Inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>Bring Your Own App</source>
        <translation>Aplicación propia</translation>
    </message>
    <message>
        <source>Username and password (legacy)</source>
        <translation>Usuario y contraseña (heredado)</translation>
    </message>
    <message>
        <source>JWT bearer (unattended)</source>
        <translation>Portador JWT (desatendido)</translation>
    </message>
</context>
<context>
    <name>sfconnect::BrowserSignIn</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s). Start the sign-in again, and finish it in the browser window that opens.</source>
        <translation>
            <numerusform>No se ha recibido respuesta del navegador en %n minuto. Inicia sesión de nuevo y completa el proceso en la ventana del navegador que se abra.</numerusform>
            <numerusform>No se ha recibido respuesta del navegador en %n minutos. Inicia sesión de nuevo y completa el proceso en la ventana del navegador que se abra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the app&apos;s client id (consumer key).</source>
        <translation>Introduce el ID de cliente (clave de consumidor) de la aplicación.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already in use (the Salesforce CLI uses it too). Close the program that holds it, or choose another port and add http://localhost:PORT%2 to the app&apos;s callback URLs.</source>
        <translation>El puerto %1 de este equipo ya está en uso (también lo usa la CLI de Salesforce). Cierra el programa que lo ocupa, o elige otro puerto y añade http://localhost:PUERTO%2 a las URL de devolución de llamada de la aplicación.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>This address is not part of the sfconnect sign-in.</source>
        <translation>Esta dirección no forma parte del inicio de sesión de sfconnect.</translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation>Inicio de sesión no reconocido</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in progress. Go back to sfconnect and start the sign-in again.</source>
        <translation>Esta respuesta no corresponde al inicio de sesión en curso. Vuelve a sfconnect e inicia sesión de nuevo.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>Salesforce did not complete the sign-in (%1). Go back to sfconnect to see what to do.</source>
        <translation>Salesforce no ha completado el inicio de sesión (%1). Vuelve a sfconnect para ver cómo continuar.</translation>
    </message>
    <message>
        <source>The answer carries no authorization code.</source>
        <translation>La respuesta no incluye ningún código de autorización.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>sfconnect received the sign-in. You can close this tab and go back to sfconnect.</source>
        <translation>sfconnect ha recibido el inicio de sesión. Puedes cerrar esta pestaña y volver a sfconnect.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se ha cancelado el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>sfconnect::Cli</name>
    <message>
        <source>No connections yet. Add one with the window, or with: sfconnect add --help</source>
        <translation>Todavía no hay conexiones. Añade una desde la ventana o con: sfconnect add --help</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENTORNO</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTODO</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>LAST CHECKED</source>
        <translation>ÚLTIMA COMPROBACIÓN</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>there is no connection named &quot;%1&quot;</source>
        <translation>no hay ninguna conexión llamada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there are no connections to check</source>
        <translation>no hay conexiones que comprobar</translation>
    </message>
    <message>
        <source>name a connection, or use --all</source>
        <translation>indica una conexión o usa --all</translation>
    </message>
    <message>
        <source>--method must be jwt or password (browser sign-ins start in the window)</source>
        <translation>--method debe ser jwt o password (el inicio de sesión en el navegador se hace desde la ventana)</translation>
    </message>
    <message>
        <source>--name, --client-id and --username are needed</source>
        <translation>se necesitan --name, --client-id y --username</translation>
    </message>
    <message>
        <source>--environment must be production or sandbox (or use --domain)</source>
        <translation>--environment debe ser production o sandbox (o usa --domain)</translation>
    </message>
    <message>
        <source>--key-file: cannot read %1</source>
        <translation>--key-file: no se puede leer %1</translation>
    </message>
    <message>
        <source>give the password on standard input (then the security token and the client secret, one per line)</source>
        <translation>indica la contraseña por la entrada estándar (y después el token de seguridad y el secreto de cliente, uno por línea)</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;: connected to %2 as %3.</source>
        <translation>Se ha añadido &quot;%1&quot;: conexión establecida con %2 como %3.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1 (no secrets).</source>
        <translation>
            <numerusform>Se ha exportado %n conexión a %1 (sin secretos).</numerusform>
            <numerusform>Se han exportado %n conexiones a %1 (sin secretos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s).</source>
        <translation>
            <numerusform>Se ha importado %n conexión.</numerusform>
            <numerusform>Se han importado %n conexiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>No se ha importado %1: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are %2</source>
        <translation>comando desconocido &quot;%1&quot;; los comandos son %2</translation>
    </message>
    <message>
        <source>sfconnect %1: manage Salesforce connections from the command line.</source>
        <translation>sfconnect %1: gestiona conexiones de Salesforce desde la línea de comandos.</translation>
    </message>
    <message>
        <source>Print JSON (see docs/cli.md).</source>
        <translation>Muestra la salida en JSON (consulta docs/cli.md).</translation>
    </message>
    <message>
        <source>Check every connection.</source>
        <translation>Comprueba todas las conexiones.</translation>
    </message>
    <message>
        <source>jwt or password.</source>
        <translation>jwt o password.</translation>
    </message>
    <message>
        <source>The connection&apos;s name.</source>
        <translation>El nombre de la conexión.</translation>
    </message>
    <message>
        <source>The app&apos;s client id (consumer key).</source>
        <translation>El ID de cliente (clave de consumidor) de la aplicación.</translation>
    </message>
    <message>
        <source>The Salesforce username.</source>
        <translation>El nombre de usuario de Salesforce.</translation>
    </message>
    <message>
        <source>JWT: the private key (PEM or base64).</source>
        <translation>JWT: la clave privada (PEM o base64).</translation>
    </message>
    <message>
        <source>production (default) or sandbox.</source>
        <translation>production (predeterminado) o sandbox.</translation>
    </message>
    <message>
        <source>A My Domain instead of an environment.</source>
        <translation>Un My Domain en lugar de un entorno.</translation>
    </message>
    <message>
        <source>JWT: an explicit audience.</source>
        <translation>JWT: una audiencia explícita.</translation>
    </message>
    <message>
        <source>list, check, show, add, export or import</source>
        <translation>list, check, show, add, export o import</translation>
    </message>
    <message>
        <source>list takes no names</source>
        <translation>list no admite nombres</translation>
    </message>
    <message>
        <source>show takes one name</source>
        <translation>show requiere exactamente un nombre</translation>
    </message>
    <message>
        <source>check takes names, or --all</source>
        <translation>check requiere nombres de conexión o --all</translation>
    </message>
    <message>
        <source>add takes options only; see sfconnect add --help</source>
        <translation>add solo admite opciones; consulta sfconnect add --help</translation>
    </message>
    <message>
        <source>%1 takes one file</source>
        <translation>%1 requiere exactamente un archivo</translation>
    </message>
</context>
<context>
    <name>sfconnect::ConnectWizardPage</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar en&amp;lace</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>&amp;Cancelar inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Reading your identity…</source>
        <translation>Leyendo tu identidad…</translation>
    </message>
    <message>
        <source>Saving the connection…</source>
        <translation>Guardando la conexión…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conexión establecida.</translation>
    </message>
    <message>
        <source>Org: %1
User: %2
Instance: %3
Scopes: %4</source>
        <translation>Organización: %1
Usuario: %2
Instancia: %3
Ámbitos: %4</translation>
    </message>
    <message>
        <source>The connection did not succeed.</source>
        <translation>No se ha podido establecer la conexión.</translation>
    </message>
    <message>
        <source>Continue in your browser. If no browser window opened, paste this link into one.</source>
        <translation>Continúa en tu navegador. Si no se ha abierto ninguna ventana del navegador, pega este enlace en una.</translation>
    </message>
    <message>
        <source>%1

%2

Details for support: %3</source>
        <translation>%1

%2

Detalles para el soporte técnico: %3</translation>
    </message>
    <message>
        <source>Open &amp;troubleshooting</source>
        <translation>Abrir &amp;solución de problemas</translation>
    </message>
</context>
<context>
    <name>sfconnect::ConnectionDetails</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>URL de inicio de sesión</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Last connected</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>No connection selected</source>
        <translation>Ninguna conexión seleccionada</translation>
    </message>
    <message>
        <source>%1 · checked %2</source>
        <translation>%1 · última comprobación: %2</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>todavía no se conoce</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>sfconnect::ConnectionListModel</name>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Dominio personalizado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>sfconnect::ConnectionManager</name>
    <message numerus="yes">
        <source>The check took longer than %n second(s).</source>
        <translation>
            <numerusform>La comprobación ha tardado más de %n segundo.</numerusform>
            <numerusform>La comprobación ha tardado más de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session ended and there is no refresh token to renew it: sign in again. Give the app the refresh_token scope so that this does not happen again.</source>
        <translation>La sesión ha finalizado y no hay ningún token de actualización para renovarla: vuelve a iniciar sesión. Añade el ámbito refresh_token a la aplicación para que no vuelva a ocurrir.</translation>
    </message>
</context>
<context>
    <name>sfconnect::ConnectionStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Renovando…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Vuelve a iniciar sesión</translation>
    </message>
    <message>
        <source>API access disabled</source>
        <translation>Acceso a la API desactivado</translation>
    </message>
    <message>
        <source>Down for maintenance</source>
        <translation>En mantenimiento</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <source>Settings need fixing</source>
        <translation>Corrige la configuración</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>sfconnect::ConnectionStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>The connections are open read-only: %1</source>
        <translation>Las conexiones están abiertas en modo de solo lectura: %1</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>no es un objeto JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>sin versión de esquema</translation>
    </message>
    <message>
        <source>written by a newer sfconnect (schema %1; this one reads up to %2)</source>
        <translation>escrito por una versión más reciente de sfconnect (esquema %1; esta versión lee hasta el %2)</translation>
    </message>
    <message>
        <source>no list of connections</source>
        <translation>sin lista de conexiones</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>sin id</translation>
    </message>
    <message>
        <source>its id appears twice</source>
        <translation>su id aparece dos veces</translation>
    </message>
    <message>
        <source>entry %1 (%2): %3</source>
        <translation>entrada %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 está dañada</translation>
    </message>
    <message>
        <source>sfconnect is already running (process %1 on %2). Close it to make changes here.</source>
        <translation>sfconnect ya se está ejecutando (proceso %1 en %2). Ciérralo para poder hacer cambios aquí.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The connections file was upgraded from schema %1 to %2.</source>
        <translation>El archivo de conexiones se ha actualizado del esquema %1 al %2.</translation>
    </message>
    <message>
        <source>the connections file was %1</source>
        <translation>el archivo de conexiones fue %1</translation>
    </message>
    <message>
        <source>The connections file was %1. Update sfconnect to use it.</source>
        <translation>El archivo de conexiones fue %1. Actualiza sfconnect para usarlo.</translation>
    </message>
    <message>
        <source>The connections file was missing; sfconnect restored its copy.</source>
        <translation>Faltaba el archivo de conexiones; sfconnect ha restaurado su copia de seguridad.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>El archivo dañado se ha conservado como %1.</translation>
    </message>
    <message>
        <source>the damaged connections file %1 could not be set aside</source>
        <translation>no se ha podido apartar el archivo de conexiones dañado %1</translation>
    </message>
    <message>
        <source>The connections file was damaged (%1). sfconnect loaded its copy. %2</source>
        <translation>El archivo de conexiones estaba dañado (%1). sfconnect ha cargado su copia de seguridad. %2</translation>
    </message>
    <message>
        <source>Some saved connections could not be read and were left out: %1. %2</source>
        <translation>No se han podido leer algunas conexiones guardadas y se han omitido: %1. %2</translation>
    </message>
    <message>
        <source>The connections file was damaged (%1) and no good copy was found. The list starts empty; your secrets are still in the keychain. %2</source>
        <translation>El archivo de conexiones estaba dañado (%1) y no se ha encontrado ninguna copia válida. La lista empieza vacía; tus secretos siguen en el llavero. %2</translation>
    </message>
    <message>
        <source>There is no saved connection with that id.</source>
        <translation>No hay ninguna conexión guardada con ese id.</translation>
    </message>
    <message>
        <source>The connection cannot be saved: %1</source>
        <translation>No se puede guardar la conexión: %1</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Ya existe una conexión llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; is being added already.</source>
        <translation>Ya se está añadiendo una conexión llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>sfconnect closed before the connection was saved.</source>
        <translation>sfconnect se cerró antes de guardar la conexión.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1</source>
        <translation>No se ha guardado la conexión: %1</translation>
    </message>
    <message>
        <source>Its secret stays in the keychain: %1</source>
        <translation>Su secreto permanece en el llavero: %1</translation>
    </message>
    <message>
        <source>The new secrets were not saved: %1</source>
        <translation>No se han guardado los nuevos secretos: %1</translation>
    </message>
    <message>
        <source>No secrets are stored for &quot;%1&quot;; sign in again to store them.</source>
        <translation>No hay secretos guardados para &quot;%1&quot;; vuelve a iniciar sesión para guardarlos.</translation>
    </message>
    <message>
        <source>The secrets stored for &quot;%1&quot; are damaged; sign in again to replace them.</source>
        <translation>Los secretos guardados para &quot;%1&quot; están dañados; vuelve a iniciar sesión para sustituirlos.</translation>
    </message>
    <message>
        <source>sfconnect closed before the connection was deleted; its secrets are gone.</source>
        <translation>sfconnect se cerró antes de eliminar la conexión; sus secretos ya se han borrado.</translation>
    </message>
    <message>
        <source>The connection was already deleted.</source>
        <translation>La conexión ya se había eliminado.</translation>
    </message>
    <message>
        <source>The secrets were deleted but the connection stays listed: %1</source>
        <translation>Se han eliminado los secretos, pero la conexión sigue en la lista: %1</translation>
    </message>
    <message>
        <source>sfconnect closed before the connection was deleted; nothing was deleted.</source>
        <translation>sfconnect se cerró antes de eliminar la conexión; no se ha eliminado nada.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the secrets could not be removed from the keychain. %1</source>
        <translation>No se ha eliminado nada: no se han podido quitar los secretos del llavero. %1</translation>
    </message>
    <message>
        <source>The tokens could not be revoked: %1</source>
        <translation>No se han podido revocar los tokens: %1</translation>
    </message>
    <message>
        <source>The tokens could not be revoked at Salesforce: %1</source>
        <translation>No se han podido revocar los tokens en Salesforce: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an sfconnect export.</source>
        <translation>%1 no es una exportación de sfconnect.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>a connection with this name already exists</source>
        <translation>ya existe una conexión con este nombre</translation>
    </message>
</context>
<context>
    <name>sfconnect::ConnectionWizard</name>
    <message>
        <source>Add a connection</source>
        <translation>Añadir una conexión</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>Volver a iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>sfconnect::CredentialsWizardPage</name>
    <message>
        <source>Browser sign-in</source>
        <translation>Inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>&amp;Username (optional):</source>
        <translation>Nombre de &amp;usuario (opcional):</translation>
    </message>
    <message>
        <source>Your browser opens on Salesforce&apos;s sign-in page; multi-factor verification happens there.</source>
        <translation>El navegador se abre en la página de inicio de sesión de Salesforce; la verificación multifactor se hace allí.</translation>
    </message>
    <message>
        <source>Your app&apos;s credentials</source>
        <translation>Credenciales de tu aplicación</translation>
    </message>
    <message>
        <source>Client &amp;id (consumer key):</source>
        <translation>&amp;ID de cliente (clave de consumidor):</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>&amp;Copy callback URL</source>
        <translation>&amp;Copiar URL de devolución de llamada</translation>
    </message>
    <message>
        <source>In Setup → External Client App Manager, the app needs: OAuth enabled; this callback URL; the scopes api and refresh_token; &quot;Require secret for Web Server Flow&quot; on; the authorization code flow allowed; policies that let this user in. Changes can take up to 10 minutes.</source>
        <translation>En Setup → External Client App Manager, la aplicación necesita: OAuth habilitado; esta URL de devolución de llamada; los ámbitos api y refresh_token; &quot;Require secret for Web Server Flow&quot; activado; el flujo de código de autorización permitido; políticas que den acceso a este usuario. Los cambios pueden tardar hasta 10 minutos en aplicarse.</translation>
    </message>
    <message>
        <source>Username and password (legacy)</source>
        <translation>Usuario y contraseña (heredado)</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation>&amp;Token de seguridad:</translation>
    </message>
    <message>
        <source>The security token comes by email after a reset (your settings → Reset My Security Token). New orgs block this flow by default: &quot;authentication failure&quot; can mean exactly that.</source>
        <translation>El token de seguridad llega por correo electrónico al restablecerlo (tu configuración personal → Reset My Security Token). Las organizaciones nuevas bloquean este flujo de forma predeterminada: &quot;authentication failure&quot; puede significar exactamente eso.</translation>
    </message>
    <message>
        <source>JWT bearer</source>
        <translation>Portador JWT</translation>
    </message>
    <message>
        <source>Client &amp;id (issuer):</source>
        <translation>&amp;ID de cliente (emisor):</translation>
    </message>
    <message>
        <source>&amp;Username (subject):</source>
        <translation>Nombre de &amp;usuario (sujeto):</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>Au&amp;diencia:</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>Paste the private key (PEM, or base64 of PEM or DER)</source>
        <translation>Pega la clave privada (PEM, o PEM o DER en base64)</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>&amp;Clave privada:</translation>
    </message>
    <message>
        <source>&amp;Load key file…</source>
        <translation>Ca&amp;rgar archivo de clave…</translation>
    </message>
    <message>
        <source>&amp;Generate key and certificate…</source>
        <translation>&amp;Generar clave y certificado…</translation>
    </message>
    <message>
        <source>Before connecting: the certificate is uploaded to the app (&quot;Use digital signatures&quot;), the app pre-authorizes the user&apos;s profile or permission set, and the JWT flow is enabled.</source>
        <translation>Antes de conectar: el certificado debe estar cargado en la aplicación (&quot;Use digital signatures&quot;), la aplicación debe autorizar previamente el perfil o conjunto de permisos del usuario y el flujo JWT debe estar habilitado.</translation>
    </message>
    <message>
        <source>Callback URL to enter in Salesforce: %1</source>
        <translation>URL de devolución de llamada que debes indicar en Salesforce: %1</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>Claves (*.key *.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the certificate to upload to Salesforce</source>
        <translation>Guardar el certificado para cargarlo en Salesforce</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>Certificados (*.crt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Upload %1 to the app in Salesforce; the key stays with this connection.</source>
        <translation>Carga %1 en la aplicación de Salesforce; la clave se guarda con esta conexión.</translation>
    </message>
    <message>
        <source>saved; type to replace</source>
        <translation>guardado; escribe para sustituirlo</translation>
    </message>
    <message>
        <source>A key is saved; paste another to replace it</source>
        <translation>Hay una clave guardada; pega otra para sustituirla</translation>
    </message>
    <message>
        <source>Check against the &amp;certificate…</source>
        <translation>Comprobar con el cer&amp;tificado…</translation>
    </message>
    <message>
        <source>The certificate uploaded to the app</source>
        <translation>El certificado subido a la aplicación</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificados (*.crt *.pem *.cer);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>sfconnect::EnvironmentWizardPage</name>
    <message>
        <source>Try a sandbox first: a mistake there costs nothing.</source>
        <translation>Prueba primero en un sandbox: allí un error no cuesta nada.</translation>
    </message>
    <message>
        <source>&amp;Production (login.salesforce.com)</source>
        <translation>&amp;Producción (login.salesforce.com)</translation>
    </message>
    <message>
        <source>&amp;Sandbox (test.salesforce.com)</source>
        <translation>&amp;Sandbox (test.salesforce.com)</translation>
    </message>
    <message>
        <source>&amp;Custom domain (My Domain or Experience Cloud site)</source>
        <translation>&amp;Dominio personalizado (My Domain o sitio de Experience Cloud)</translation>
    </message>
    <message>
        <source>&amp;Local org emulator</source>
        <translation>Emulador &amp;local de organización</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Dominio personalizado</translation>
    </message>
    <message>
        <source>acme.my.salesforce.com</source>
        <translation>acme.my.salesforce.com</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Where does the connection sign in?</source>
        <translation>¿Dónde inicia sesión la conexión?</translation>
    </message>
</context>
<context>
    <name>sfconnect::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>Unlock the login keychain in Keychain Access and try again.</source>
        <translation>Desbloquea el llavero de inicio de sesión en Keychain Access y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Sign in to Windows again and try again.</source>
        <translation>Vuelve a iniciar sesión en Windows e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Unlock it (on GNOME: log out and in again, or open Passwords and Keys) and try again.</source>
        <translation>Desbloquéalo (en GNOME: cierra la sesión y vuelve a entrar, o abre Contraseñas y claves) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No secret is stored in the %1 for this connection.</source>
        <translation>No hay ningún secreto guardado en el %1 para esta conexión.</translation>
    </message>
    <message>
        <source>The %1 is locked or refused access. %2</source>
        <translation>El %1 está bloqueado o ha denegado el acceso. %2</translation>
    </message>
    <message>
        <source>No %1 is available. Install gnome-keyring (or turn on KeePassXC&apos;s Secret Service) and log in again.</source>
        <translation>No hay ningún %1 disponible. Instala gnome-keyring (o activa el Secret Service de KeePassXC) y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The %1 is locked. %2</source>
        <translation>El %1 está bloqueado. %2</translation>
    </message>
    <message>
        <source>The %1 did not answer; it may be waiting for an unlock prompt. %2</source>
        <translation>El %1 no ha respondido; puede que haya una solicitud de desbloqueo pendiente. %2</translation>
    </message>
    <message>
        <source>No %1 is running in this desktop session. Install gnome-keyring (or turn on KeePassXC&apos;s Secret Service) and log in again.</source>
        <translation>No hay ningún %1 en ejecución en esta sesión de escritorio. Instala gnome-keyring (o activa el Secret Service de KeePassXC) y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>sfconnect cannot reach the desktop session bus (D-Bus), so the %1 is out of reach. Start sfconnect from your desktop session.</source>
        <translation>sfconnect no puede acceder al bus de la sesión de escritorio (D-Bus), así que el %1 no está accesible. Inicia sfconnect desde tu sesión de escritorio.</translation>
    </message>
    <message>
        <source>The %1 has no default keyring yet. Create the &quot;Login&quot; keyring (on GNOME: Passwords and Keys) and try again.</source>
        <translation>El %1 todavía no tiene un depósito de claves predeterminado. Crea el depósito de claves &quot;Login&quot; (en GNOME: Contraseñas y claves) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The %1 failed: %2</source>
        <translation>Ha fallado el %1: %2</translation>
    </message>
    <message>
        <source>The %1 is still busy with an earlier request that got no answer; it may be waiting for an unlock prompt. Unlock it and try again.</source>
        <translation>El %1 sigue ocupado con una solicitud anterior que no obtuvo respuesta; puede que haya una solicitud de desbloqueo pendiente. Desbloquéalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>sfconnect closed the keychain.</source>
        <translation>sfconnect ha cerrado el llavero.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 did not answer within %n second(s); it may be waiting for an unlock prompt.</source>
        <translation>
            <numerusform>El %1 no ha respondido en %n segundo; puede que haya una solicitud de desbloqueo pendiente.</numerusform>
            <numerusform>El %1 no ha respondido en %n segundos; puede que haya una solicitud de desbloqueo pendiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret in the %1 is damaged; sign in again to replace it.</source>
        <translation>El secreto guardado en el %1 está dañado; vuelve a iniciar sesión para sustituirlo.</translation>
    </message>
    <message>
        <source>Part %1 of the secret is missing from the %2; sign in again to replace it.</source>
        <translation>Falta la parte %1 del secreto en el %2; vuelve a iniciar sesión para sustituirlo.</translation>
    </message>
    <message>
        <source>The secret is too large for the %1.</source>
        <translation>El secreto es demasiado grande para el %1.</translation>
    </message>
</context>
<context>
    <name>sfconnect::MainWindow</name>
    <message>
        <source>sfconnect</source>
        <translation>sfconnect</translation>
    </message>
    <message>
        <source>No connections yet</source>
        <translation>Todavía no hay conexiones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Copy Debug Information</source>
        <translation>&amp;Copiar información de depuración</translation>
    </message>
    <message>
        <source>&amp;About sfconnect</source>
        <translation>&amp;Acerca de sfconnect</translation>
    </message>
    <message>
        <source>Local org emulator running at %1</source>
        <translation>Emulador local de organización en marcha en %1</translation>
    </message>
    <message>
        <source>Debug information copied to the clipboard.</source>
        <translation>Información de depuración copiada al portapapeles.</translation>
    </message>
    <message>
        <source>About sfconnect</source>
        <translation>Acerca de sfconnect</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;sfconnect %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sets up, stores, monitors and troubleshoots connections to Salesforce orgs. Secrets stay in your system keychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;sfconnect %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Configura, guarda, supervisa y diagnostica conexiones con organizaciones de Salesforce. Los secretos se quedan en el llavero del sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Filter connections…</source>
        <translation>Filtrar conexiones…</translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation>Filtrar conexiones</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Changes could not be saved: %1</source>
        <translation>No se han podido guardar los cambios: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>Comprobar &amp;todas</translation>
    </message>
    <message>
        <source>&amp;Stop Checking</source>
        <translation>&amp;Detener comprobación</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>Exportar conexiones</translation>
    </message>
    <message>
        <source>sfconnect export (*.json)</source>
        <translation>Exportación de sfconnect (*.json)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>Importar conexiones</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; added; check it, or sign in again where it needs one.</source>
        <translation>Se ha añadido &quot;%1&quot;; compruébala o vuelve a iniciar sesión si lo requiere.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its tokens are revoked at Salesforce and its secrets removed from the keychain.</source>
        <translation>¿Eliminar &quot;%1&quot;? Se revocarán sus tokens en Salesforce y se quitarán sus secretos del llavero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deleted.</source>
        <translation>Se ha eliminado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exported to %1, without secrets.</source>
        <translation>Se ha exportado a %1, sin secretos.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s).</source>
        <translation>
            <numerusform>Se ha importado %n conexión.</numerusform>
            <numerusform>Se han importado %n conexiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1 (%2)</source>
        <translation>No se ha importado: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Keychain: %1 (asking…)</source>
        <translation>Llavero: %1 (consultando…)</translation>
    </message>
    <message>
        <source>Keychain: %1 (not available)</source>
        <translation>Llavero: %1 (no disponible)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Llavero: %1</translation>
    </message>
    <message>
        <source>Connections: %1 · needing attention: %2</source>
        <translation>Conexiones: %1 · por revisar: %2</translation>
    </message>
    <message>
        <source>Keychain: %1 (responding)</source>
        <translation>Llavero: %1 (disponible)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No connections yet&lt;/h2&gt;&lt;p&gt;sfconnect keeps your Salesforce org connections in one place, checks that they still work and helps you fix them when they do not.&lt;/p&gt;&lt;p&gt;Add one with Connection → Add Connection (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay conexiones&lt;/h2&gt;&lt;p&gt;sfconnect reúne en un solo lugar las conexiones con tus organizaciones de Salesforce, comprueba que siguen funcionando y te ayuda a arreglarlas cuando fallan.&lt;/p&gt;&lt;p&gt;Añade una con Conexión → Añadir conexión (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>&amp;Añadir conexión…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Sign In &amp;Again</source>
        <translation>&amp;Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation>&amp;Solucionar problemas…</translation>
    </message>
</context>
<context>
    <name>sfconnect::MethodWizardPage</name>
    <message>
        <source>Bring Your Own App — recommended</source>
        <translation>Aplicación propia — recomendada</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>JWT bearer — for unattended use</source>
        <translation>Portador JWT — para uso desatendido</translation>
    </message>
    <message>
        <source>For integrations: a certificate on the app and a pre-authorized user; no password, no browser.</source>
        <translation>Para integraciones: un certificado en la aplicación y un usuario autorizado previamente; sin contraseña ni navegador.</translation>
    </message>
    <message>
        <source>Username and password — legacy</source>
        <translation>Usuario y contraseña — heredado</translation>
    </message>
    <message>
        <source>Orgs created since Summer &apos;23 block this flow by default, and Salesforce is retiring it. Use it only where nothing else works.</source>
        <translation>Las organizaciones creadas desde Summer &apos;23 bloquean este flujo de forma predeterminada, y Salesforce lo está retirando. Úsalo solo si no funciona nada más.</translation>
    </message>
    <message>
        <source>How does the connection sign in?</source>
        <translation>¿Cómo inicia sesión la conexión?</translation>
    </message>
    <message>
        <source>Your org&apos;s own External Client App (client id and secret); you sign in through the browser, MFA included.</source>
        <translation>La External Client App de tu propia organización (ID de cliente y secreto); inicias sesión a través del navegador, con MFA incluida.</translation>
    </message>
    <message>
        <source>The quickest start: you sign in through the browser with a public app and PKCE; nothing to set up.</source>
        <translation>El comienzo más rápido: inicias sesión a través del navegador con una aplicación pública y PKCE; no hay nada que configurar.</translation>
    </message>
</context>
<context>
    <name>sfconnect::NameWizardPage</name>
    <message>
        <source>Name the connection</source>
        <translation>Ponle nombre a la conexión</translation>
    </message>
    <message>
        <source>A name that says which org and what for, such as Salesforce-Production-OrderSync.</source>
        <translation>Un nombre que indique qué organización y para qué, como Salesforce-Production-OrderSync.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
</context>
<context>
    <name>sfconnect::PrerequisitesWizardPage</name>
    <message>
        <source>What the org needs</source>
        <translation>Lo que necesita la organización</translation>
    </message>
    <message>
        <source>Check these in Salesforce first, so that the first try succeeds.</source>
        <translation>Compruébalo primero en Salesforce para que funcione al primer intento.</translation>
    </message>
    <message>
        <source>An edition with API access (Enterprise, Unlimited, Performance or Developer).</source>
        <translation>Una edición con acceso a la API (Enterprise, Unlimited, Performance o Developer).</translation>
    </message>
    <message>
        <source>Someone with the right to create apps (Setup → External Client App Manager) for Bring Your Own App and JWT.</source>
        <translation>Alguien con permiso para crear aplicaciones (Setup → External Client App Manager), para Aplicación propia y Portador JWT.</translation>
    </message>
    <message>
        <source>The user&apos;s profile or permission set has &quot;API Enabled&quot; (Setup → Users → the user → Profile → System Permissions).</source>
        <translation>El perfil o conjunto de permisos del usuario tiene &quot;API Enabled&quot; (Setup → Users → el usuario → Profile → System Permissions).</translation>
    </message>
    <message>
        <source>Not sure? Go on: if something is missing, the connect step says what to fix.</source>
        <translation>¿No lo tienes claro? Continúa: si falta algo, el paso Conectar te dirá qué corregir.</translation>
    </message>
</context>
<context>
    <name>sfconnect::TokenClient</name>
    <message>
        <source>sfconnect only talks to Salesforce over https (plain http only to this computer): %1</source>
        <translation>sfconnect solo se comunica con Salesforce mediante https (http sin cifrar, solo con este equipo): %1</translation>
    </message>
    <message>
        <source>No private key is set.</source>
        <translation>No se ha configurado ninguna clave privada.</translation>
    </message>
</context>
<context>
    <name>sfconnect::TroubleshootBox</name>
    <message>
        <source>Troubleshoot %1</source>
        <translation>Solucionar problemas de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 and has no problem on record. Check it to see how it is now.</source>
        <translation>Estado de &quot;%1&quot;: %2. No tiene ningún problema registrado. Compruébala para ver cómo está ahora.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>This problem is not in sfconnect&apos;s list yet; the report below tells support what happened.</source>
        <translation>Este problema todavía no está en la lista de sfconnect; el informe de abajo indica al soporte técnico qué ha pasado.</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
</context>
<context>
    <name>sfconnect::WizardController</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Ponle un nombre a la conexión.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Ya existe una conexión llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the app&apos;s client id (consumer key).</source>
        <translation>Introduce el ID de cliente (clave de consumidor) de la aplicación.</translation>
    </message>
    <message>
        <source>Enter the app&apos;s client secret (consumer secret).</source>
        <translation>Introduce el secreto de cliente (secreto de consumidor) de la aplicación.</translation>
    </message>
    <message>
        <source>Enter the app&apos;s client id and secret.</source>
        <translation>Introduce el ID de cliente y el secreto de la aplicación.</translation>
    </message>
    <message>
        <source>Enter the username and password.</source>
        <translation>Introduce el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>Enter the app&apos;s client id (the issuer) and the username (the subject).</source>
        <translation>Introduce el ID de cliente de la aplicación (el emisor) y el nombre de usuario (el sujeto).</translation>
    </message>
    <message>
        <source>Salesforce gave no refresh token: the connection will stop working when this session ends. Add the &quot;refresh_token, offline_access&quot; scope to the app and connect again.</source>
        <translation>Salesforce no ha proporcionado ningún token de actualización: la conexión dejará de funcionar cuando termine esta sesión. Añade el ámbito &quot;refresh_token, offline_access&quot; a la aplicación y vuelve a conectar.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The key matches the certificate, but the certificate expired on %1.</source>
        <translation>La clave corresponde al certificado, pero el certificado caducó el %1.</translation>
    </message>
    <message>
        <source>The key matches the certificate (valid until %1).</source>
        <translation>La clave corresponde al certificado (válido hasta el %1).</translation>
    </message>
</context>
</TS>
