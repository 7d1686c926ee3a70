# Builds Second Look for Windows (run in PowerShell on Windows with a JDK 21+, Maven and the
# WiX Toolset 3 or newer on PATH): a self-contained app over a jlinked runtime, packed as an .msi in
# target\dist\. Unsigned; sign it with your own certificate before giving it to people.
$ErrorActionPreference = 'Stop'
$here = $PSScriptRoot
$common = Join-Path $here '..\common'
Set-Location (Join-Path $here '..\..')
if (-not $env:JAVA_HOME) { throw 'Set JAVA_HOME to a JDK 21 or newer.' }
$jdk = $env:JAVA_HOME
$version = ([xml](Get-Content pom.xml)).project.version

mvn -B -q -DskipTests package
if ($LASTEXITCODE -ne 0) { throw 'Maven build failed.' }
Remove-Item -Recurse -Force target\dist, target\jpackage-input, target\runtime -ErrorAction SilentlyContinue
New-Item -ItemType Directory target\dist, target\jpackage-input | Out-Null
Copy-Item target\second-look.jar target\jpackage-input\

$modules = (Get-Content (Join-Path $common 'modules.txt')) -join ','
$options = (Get-Content (Join-Path $common 'runtime-options.txt')) -join ' '
& "$jdk\bin\jlink" --add-modules $modules --strip-debug --no-man-pages --no-header-files `
  --include-locales=en,es "--add-options=$options" --generate-cds-archive --output target\runtime
if ($LASTEXITCODE -ne 0) { throw 'jlink failed.' }

& "$jdk\bin\jpackage" "@$common\jpackage.args" "@$common\launcher.args" "@$here\msi.args" `
  --type msi --app-version $version --runtime-image target\runtime `
  --input target\jpackage-input --dest target\dist --icon assets\icon.ico
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed.' }
Get-ChildItem target\dist
