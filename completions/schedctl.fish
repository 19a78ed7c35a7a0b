# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_schedctl_global_optspecs
    string join \n config= p/profile= subscription= cloud-service= region= cert= key= ca-cert= endpoint= environment= request-timeout= retries= o/output= field= no-headers color= v/verbose q/quiet h/help V/version
end

function __fish_schedctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_schedctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_schedctl_using_subcommand
    set -l cmd (__fish_schedctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c schedctl -n "__fish_schedctl_needs_command" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_needs_command" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_needs_command" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_needs_command" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_needs_command" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_needs_command" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_needs_command" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_needs_command" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_needs_command" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_needs_command" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_needs_command" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_needs_command" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_needs_command" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_needs_command" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_needs_command" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_needs_command" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_needs_command" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_needs_command" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_needs_command" -s V -l version -d 'Print version'
complete -c schedctl -n "__fish_schedctl_needs_command" -f -a "job" -d 'Read scheduler jobs'
complete -c schedctl -n "__fish_schedctl_needs_command" -f -a "collection" -d 'Read job collections'
complete -c schedctl -n "__fish_schedctl_needs_command" -f -a "cloud-service" -d 'Find the subscription\'s cloud services'
complete -c schedctl -n "__fish_schedctl_needs_command" -f -a "config" -d 'Inspect and set up the config file'
complete -c schedctl -n "__fish_schedctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c schedctl -n "__fish_schedctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -f -a "get" -d 'Show one job'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -f -a "list" -d 'List the jobs of a collection'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -f -a "history" -d 'Show a job\'s execution history, newest first'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -f -a "wait" -d 'Wait until a job meets a condition, then show it'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get list history wait help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l state -d 'Only jobs in this state' -r -f -a "enabled\t''
disabled\t''
faulted\t''
completed\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l top -d 'Return at most N items in all (default: every page)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l skip -d 'Skip the first N items' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l status -d 'Only entries with this status' -r -f -a "completed\t''
failed\t''
postponed\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l top -d 'Return at most N items in all (default: every page)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l skip -d 'Skip the first N items' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l for -d 'The condition: a --field path, = or !=, and a value (state=completed)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up after this long (exit 9)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l interval -d 'Time between polls' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one job'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the jobs of a collection'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show a job\'s execution history, newest first'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait until a job meets a condition, then show it'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -f -a "list" -d 'List the job collections of the cloud service'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -f -a "get" -d 'Show one job collection: state, plan and quota'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and not __fish_seen_subcommand_from list get help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the job collections of the cloud service'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one job collection: state, plan and quota'
complete -c schedctl -n "__fish_schedctl_using_subcommand collection; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the cloud services of the subscription and their job collections'
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the cloud services of the subscription and their job collections'
complete -c schedctl -n "__fish_schedctl_using_subcommand cloud-service; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -f -a "path" -d 'Print the path of the config file in use'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -f -a "show" -d 'Show every setting in use, where it came from, and the certificate'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -f -a "profiles" -d 'List the profiles of the config file (* marks the one in use)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -f -a "use" -d 'Make a profile the default (sets default_profile)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -f -a "set" -d 'Set one key of the profile in use (-p picks another)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -f -a "unset" -d 'Remove one key from the profile in use (-p picks another)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -f -a "import-publishsettings" -d 'Add profiles and certificates from a portal .publishsettings file'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and not __fish_seen_subcommand_from path show profiles use set unset import-publishsettings help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from profiles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l name -d 'Put PREFIX- in front of every new profile name' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l force -d 'Replace existing profiles and certificates of the same subscriptions'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from import-publishsettings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the config file in use'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every setting in use, where it came from, and the certificate'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "profiles" -d 'List the profiles of the config file (* marks the one in use)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default (sets default_profile)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one key of the profile in use (-p picks another)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove one key from the profile in use (-p picks another)'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "import-publishsettings" -d 'Add profiles and certificates from a portal .publishsettings file'
complete -c schedctl -n "__fish_schedctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
wide\t'Like table, with every column at full width and times in UTC'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l no-headers -d 'Print list tables without their header line'
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -s q -l quiet -d 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and not __fish_seen_subcommand_from job collection cloud-service config completions help" -f -a "job" -d 'Read scheduler jobs'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and not __fish_seen_subcommand_from job collection cloud-service config completions help" -f -a "collection" -d 'Read job collections'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and not __fish_seen_subcommand_from job collection cloud-service config completions help" -f -a "cloud-service" -d 'Find the subscription\'s cloud services'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and not __fish_seen_subcommand_from job collection cloud-service config completions help" -f -a "config" -d 'Inspect and set up the config file'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and not __fish_seen_subcommand_from job collection cloud-service config completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and not __fish_seen_subcommand_from job collection cloud-service config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from job" -f -a "get" -d 'Show one job'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from job" -f -a "list" -d 'List the jobs of a collection'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from job" -f -a "history" -d 'Show a job\'s execution history, newest first'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from job" -f -a "wait" -d 'Wait until a job meets a condition, then show it'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from collection" -f -a "list" -d 'List the job collections of the cloud service'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from collection" -f -a "get" -d 'Show one job collection: state, plan and quota'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from cloud-service" -f -a "list" -d 'List the cloud services of the subscription and their job collections'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of the config file in use'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show every setting in use, where it came from, and the certificate'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "profiles" -d 'List the profiles of the config file (* marks the one in use)'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use" -d 'Make a profile the default (sets default_profile)'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set one key of the profile in use (-p picks another)'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove one key from the profile in use (-p picks another)'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "import-publishsettings" -d 'Add profiles and certificates from a portal .publishsettings file'
