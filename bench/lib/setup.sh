# Shared set-up of the whole-process benchmarks (sourced from the repository root).

# Installs the Debian packages named that are not installed yet.
install_missing() {
  local package missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if ((${#missing[@]})); then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# Builds the command line (the web bundle is not drawn by exports) and sets $bordermap to run it.
build_bordermap() {
  dotnet build src/BorderMap.App -c Release -nologo -v quiet -p:SkipWebBundle=true
  bordermap="dotnet src/BorderMap.App/bin/Release/net10.0/linux-x64/bordermap.dll"
}
