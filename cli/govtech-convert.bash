# bash completion for govtech-convert                                    -*- shell-script -*-
# Installed as <datadir>/bash-completion/completions/govtech-convert; works with or without
# the bash-completion package (source it from ~/.bashrc then).
#
# Nothing here lists an option or a format: options are read from the program's own --help
# and format names from its --list-formats, so completion follows the version and the
# plugins that are installed, a third party's included.

# The option names of `PROGRAM --help`: its rows "  -f [ --from ] FORMAT   description".
_govtech_convert_options() {
  local row words word
  while IFS= read -r row; do
    [[ $row == "  -"* ]] || continue
    row=${row#  }
    row=${row%%  *} # the names end where the description starts, two spaces on
    read -ra words <<<"$row"
    for word in "${words[@]}"; do
      [[ $word == -* ]] && printf '%s\n' "$word"
    done
  done < <("$1" --help 2>/dev/null)
}

# The formats of role $2 (reader or writer) of `PROGRAM --list-formats`: its first column.
# Further arguments (--plugin-dir DIR) go to the program.
_govtech_convert_formats() {
  local program=$1 role=$2
  shift 2
  "$program" --list-formats "$@" 2>/dev/null |
    awk -v role="$role" 'NR > 1 && ($2 == role || ($2 != "reader" && $2 != "writer")) { print $1 }' |
    sort -u
}

_govtech_convert() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev="" i
  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
  # '=' is a word of its own to bash: --to=ep arrives as "--to" "=" "ep".
  if [[ $cur == "=" ]]; then
    cur=""
  elif [[ $prev == "=" ]] && ((COMP_CWORD > 1)); then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
  fi

  # The program being completed (a build tree's, say), else the one on the PATH.
  local program=${COMP_WORDS[0]/#\~/$HOME}
  type -P -- "$program" >/dev/null || program=govtech-convert

  # Plugin folders given on the line so far change which formats there are.
  local plugin_dirs=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    if [[ ${COMP_WORDS[i]} == --plugin-dir ]]; then
      [[ ${COMP_WORDS[i + 1]} == "=" ]] && ((i++))
      ((i + 1 < COMP_CWORD)) && plugin_dirs+=(--plugin-dir "${COMP_WORDS[i + 1]/#\~/$HOME}")
    fi
  done

  COMPREPLY=()
  case $prev in
    -t | --to)
      mapfile -t COMPREPLY < <(compgen -W "$(_govtech_convert_formats "$program" writer \
        "${plugin_dirs[@]}")" -- "$cur")
      return
      ;;
    -f | --from)
      mapfile -t COMPREPLY < <(compgen -W "$(_govtech_convert_formats "$program" reader \
        "${plugin_dirs[@]}")" -- "$cur")
      return
      ;;
    -O | --output-dir | --plugin-dir | --resource-path)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -d -- "$cur")
      return
      ;;
    -M | --metadata | -V | --variable | -j | --jobs | --max-input-size | --compression-level | \
      --input-encoding)
      return # a value to type, not a file
      ;;
  esac

  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_govtech_convert_options "$program")" -- "$cur")
    return
  fi
  # Inputs and every other value are files ('-' is standard input).
  compopt -o filenames 2>/dev/null
  local files
  mapfile -t files < <(compgen -f -- "$cur")
  COMPREPLY+=("${files[@]}")
}

complete -F _govtech_convert govtech-convert
