import no_such_module_here

print(no_such_module_here)
