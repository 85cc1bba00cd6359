@REM Runs the Maven version named in .mvn\wrapper\maven-wrapper.properties, downloading it on first use.
@REM Environment: MAVEN_OPTS (JVM options for Maven), MAVEN_USER_HOME (default %USERPROFILE%\.m2), JAVA_HOME.
@echo off
setlocal EnableExtensions

set "PROPERTIES=%~dp0.mvn\wrapper\maven-wrapper.properties"
if not exist "%PROPERTIES%" goto no_properties

set "DIST_URL="
set "DIST_SHA256="
for /f "usebackq eol=# tokens=1,* delims==" %%a in ("%PROPERTIES%") do (
  if "%%a"=="distributionUrl" set "DIST_URL=%%b"
  if "%%a"=="distributionSha256Sum" set "DIST_SHA256=%%b"
)
if "%DIST_URL%"=="" goto no_url

@REM The archive's name without .zip: the last part of the URL.
for %%s in ("%DIST_URL:/=" "%") do set "DIST_NAME=%%~ns"
if "%MAVEN_USER_HOME%"=="" set "MAVEN_USER_HOME=%USERPROFILE%\.m2"
set "DIST_DIR=%MAVEN_USER_HOME%\wrapper\dists\%DIST_NAME%"

call :find_maven_home
if defined MAVEN_HOME_FOUND goto run

echo mvnw: downloading %DIST_URL% 1>&2
if not exist "%DIST_DIR%" mkdir "%DIST_DIR%"
set "ARCHIVE=%DIST_DIR%\download-%RANDOM%.zip"
powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command ^
  "$ErrorActionPreference = 'Stop';" ^
  "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12;" ^
  "(New-Object Net.WebClient).DownloadFile($env:DIST_URL, $env:ARCHIVE);" ^
  "if ($env:DIST_SHA256) {" ^
  "  $actual = (Get-FileHash -Algorithm SHA256 $env:ARCHIVE).Hash.ToLower();" ^
  "  if ($actual -ne $env:DIST_SHA256.ToLower()) { throw ('SHA-256 is ' + $actual + ', expected ' + $env:DIST_SHA256) }" ^
  "}" ^
  "Expand-Archive -Path $env:ARCHIVE -DestinationPath $env:DIST_DIR -Force"
set "DOWNLOAD_RESULT=%ERRORLEVEL%"
if exist "%ARCHIVE%" del /q "%ARCHIVE%"
if not "%DOWNLOAD_RESULT%"=="0" goto download_failed

call :find_maven_home
if not defined MAVEN_HOME_FOUND goto not_maven

:run
"%MAVEN_HOME_FOUND%\bin\mvn.cmd" %*
exit /b %ERRORLEVEL%

:find_maven_home
set "MAVEN_HOME_FOUND="
if not exist "%DIST_DIR%" exit /b 0
for /d %%d in ("%DIST_DIR%\*") do if exist "%%d\bin\mvn.cmd" set "MAVEN_HOME_FOUND=%%d"
exit /b 0

:no_properties
echo mvnw: cannot read %PROPERTIES% 1>&2
exit /b 1

:no_url
echo mvnw: distributionUrl is missing from %PROPERTIES% 1>&2
exit /b 1

:download_failed
echo mvnw: download of %DIST_URL% failed; check the network or proxy settings 1>&2
exit /b 1

:not_maven
echo mvnw: %DIST_NAME%.zip did not contain bin\mvn.cmd 1>&2
exit /b 1
