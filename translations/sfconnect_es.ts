<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>main</name>
    <message>
        <source>Sets up, stores, monitors and troubleshoots connections to Salesforce orgs.</source>
        <translation>Configura, guarda, supervisa y diagnostica conexiones con organizaciones de Salesforce.</translation>
    </message>
    <message>
        <source>Start the local org emulator, to try sfconnect without a Salesforce org.</source>
        <translation>Inicia el emulador local de organización, para probar sfconnect sin una organización de Salesforce.</translation>
    </message>
</context>
<context>
    <name>sfconnect::MainWindow</name>
    <message>
        <source>sfconnect</source>
        <translation>sfconnect</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No connections yet&lt;/h2&gt;&lt;p&gt;sfconnect keeps your Salesforce org connections in one place, checks that they still work and helps you fix them when they do not.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay conexiones&lt;/h2&gt;&lt;p&gt;sfconnect reúne en un solo lugar tus conexiones con organizaciones de Salesforce, comprueba que siguen funcionando y te ayuda a repararlas cuando fallan.&lt;/p&gt;</translation>
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
</context>
</TS>
