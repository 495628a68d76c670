<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sfconnect::BrowserSignIn</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s). Start the sign-in again, and finish it in the browser window that opens.</source>
        <translation>
            <numerusform>No answer came back from the browser within %n minute. Start the sign-in again, and finish it in the browser window that opens.</numerusform>
            <numerusform>No answer came back from the browser within %n minutes. Start the sign-in again, and finish it in the browser window that opens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfconnect::Cli</name>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1 (no secrets).</source>
        <translation>
            <numerusform>Exported %n connection to %1 (no secrets).</numerusform>
            <numerusform>Exported %n connections to %1 (no secrets).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s).</source>
        <translation>
            <numerusform>Imported %n connection.</numerusform>
            <numerusform>Imported %n connections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfconnect::ConnectionManager</name>
    <message numerus="yes">
        <source>The check took longer than %n second(s).</source>
        <translation>
            <numerusform>The check took longer than %n second.</numerusform>
            <numerusform>The check took longer than %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfconnect::KeychainSecretStore</name>
    <message numerus="yes">
        <source>The %1 did not answer within %n second(s); it may be waiting for an unlock prompt.</source>
        <translation>
            <numerusform>The %1 did not answer within %n second; it may be waiting for an unlock prompt.</numerusform>
            <numerusform>The %1 did not answer within %n seconds; it may be waiting for an unlock prompt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfconnect::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n connection(s).</source>
        <translation>
            <numerusform>Imported %n connection.</numerusform>
            <numerusform>Imported %n connections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
</TS>
