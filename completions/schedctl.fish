# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_schedctl_global_optspecs
    string join \n config= p/profile= subscription= cloud-service= region= cert= key= ca-cert= endpoint= environment= request-timeout= retries= o/output= field= color= v/verbose q/quiet h/help V/version
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
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_needs_command" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_needs_command" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_needs_command" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_needs_command" -s q -l quiet -d 'Silence warnings (never errors)'
complete -c schedctl -n "__fish_schedctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_needs_command" -s V -l version -d 'Print version'
complete -c schedctl -n "__fish_schedctl_needs_command" -f -a "job" -d 'Read scheduler jobs'
complete -c schedctl -n "__fish_schedctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c schedctl -n "__fish_schedctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -l config -d 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -s p -l profile -d 'Profile to use from the config file [env: SCHEDCTL_PROFILE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -l subscription -d 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -l cloud-service -d 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -l region -d 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -l cert -d 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -l key -d 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -l ca-cert -d 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]' -r -F
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -l endpoint -d 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -l environment -d 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''
AzureGermanCloud\t''"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -l request-timeout -d 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -l retries -d 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -s o -l output -d 'Output format [env: SCHEDCTL_OUTPUT] [default: table]' -r -f -a "table\t'A table for people'
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -s q -l quiet -d 'Silence warnings (never errors)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -f -a "get" -d 'Show one job'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and not __fish_seen_subcommand_from get help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Silence warnings (never errors)'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one job'
complete -c schedctl -n "__fish_schedctl_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
json\t'The service\'s JSON, pretty-printed'"
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l field -d 'Print only this value (repeatable; e.g. state, status.executionCount)' -r
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -l color -d 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]' -r -f -a "auto\t'Colour when stdout is a terminal'
always\t'Always colour'
never\t'Never colour'"
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -s v -l verbose -d 'Print diagnostics on stderr (repeat for more)'
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -s q -l quiet -d 'Silence warnings (never errors)'
complete -c schedctl -n "__fish_schedctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and not __fish_seen_subcommand_from job completions help" -f -a "job" -d 'Read scheduler jobs'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and not __fish_seen_subcommand_from job completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and not __fish_seen_subcommand_from job completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schedctl -n "__fish_schedctl_using_subcommand help; and __fish_seen_subcommand_from job" -f -a "get" -d 'Show one job'
